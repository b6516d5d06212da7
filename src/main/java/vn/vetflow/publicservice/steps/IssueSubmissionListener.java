package vn.vetflow.publicservice.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.publicservice.StepActor;

/**
 * The leader approved a procedure the provincial Chairman decides: the Department's submission (Tờ
 * trình) with the appraisal and the proposal is recorded in the same transaction, numbered in its
 * register and signed by that leader (listener on the flow "Phê duyệt, trình Chủ tịch").
 */
@Component("issueSubmission")
class IssueSubmissionListener implements ExecutionListener {

    private final StepSupport support;

    IssueSubmissionListener(StepSupport support) {
        this.support = support;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Dossier dossier = support.dossiers().get(execution.getProcessBusinessKey());
        support.documents().submission(dossier, StepActor.of(execution, "approval"),
                text(execution, "appraisalNote"), text(execution, "approvalNote"));
    }

    private static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null ? null : value.toString();
    }
}
