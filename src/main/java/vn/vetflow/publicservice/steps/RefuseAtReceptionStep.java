package vn.vetflow.publicservice.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;

/** Reception refuses the dossier with reasons (form 03); status 3. */
@Component("refuseAtReception")
class RefuseAtReceptionStep extends DossierStep {

    RefuseAtReceptionStep(StepSupport support) {
        super(support, "reception");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        String reasons = text(execution, "decisionNote");
        dossier.refuseAtReception(actor, support.deadlines().now(), reasons);
        support.documents().refusal(dossier, actor, reasons);
    }
}
