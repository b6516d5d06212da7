package vn.vetflow.publicservice.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierStatus;

/**
 * The result is returned online (status 10): it is already among the dossier's documents, where the
 * applicant downloads it. A result to be handed over at the counter or posted (chosen at the desk) stays
 * processed (status 9) until the desk records the hand-over. Runs asynchronously, after the decision committed; idempotent, since a job
 * may run twice.
 */
@Component("returnResult")
class ReturnResultStep extends DossierStep {

    ReturnResultStep(StepSupport support) {
        super(support, "result");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        if (!dossier.returnsResultOnline()) {
            // Chosen at the desk: the result is handed over at the counter or posted, and recorded there.
            return;
        }
        if (dossier.getStatus() != DossierStatus.RESULT_RETURNED) {
            dossier.returnResult(actor, support.deadlines().now());
        }
    }
}
