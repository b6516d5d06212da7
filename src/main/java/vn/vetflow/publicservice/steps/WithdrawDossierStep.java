package vn.vetflow.publicservice.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;

/** The applicant withdrew the dossier (status 7); the event subprocess has cancelled everything else. */
@Component("withdrawDossier")
class WithdrawDossierStep extends DossierStep {

    WithdrawDossierStep(StepSupport support) {
        super(support, "withdrawal");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        dossier.withdraw(actor, support.deadlines().now(), text(execution, "withdrawalReason"));
    }
}
