package vn.vetflow.publicservice.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;

/** The applicant did not supplement before reception's deadline: the dossier is not received (form 03). */
@Component("closeUnanswered")
class CloseUnansweredStep extends DossierStep {

    static final String REASON = "Quá thời hạn yêu cầu bổ sung, hoàn thiện hồ sơ nhưng người nộp không bổ sung.";

    CloseUnansweredStep(StepSupport support) {
        super(support, "reception");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        dossier.refuseAtReception(actor, support.deadlines().now(), REASON);
        support.documents().refusal(dossier, actor, REASON);
    }
}
