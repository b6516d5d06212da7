package vn.vetflow.publicservice.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.Outcome;

/** The applicant let a deadline pass (payment or supplement): processing stops, status 8, form 05. */
@Component("stopProcessing")
class StopProcessingStep extends DossierStep {

    static final String UNPAID = "Quá thời hạn thực hiện nghĩa vụ tài chính nhưng người nộp chưa thanh toán.";
    static final String UNANSWERED = "Quá thời hạn yêu cầu bổ sung, hoàn thiện hồ sơ nhưng người nộp không bổ sung.";

    StopProcessingStep(StepSupport support) {
        super(support, null);
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        String reason = "Task_StopUnpaid".equals(execution.getCurrentActivityId()) ? UNPAID : UNANSWERED;
        dossier.stop(actor, support.deadlines().now(), reason);
        support.documents().stopNotice(dossier, actor, reason);
        execution.setVariable("outcome", Outcome.STOPPED.name());
    }
}
