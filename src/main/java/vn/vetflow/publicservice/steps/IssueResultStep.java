package vn.vetflow.publicservice.steps;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.Outcome;

/**
 * The request is granted: the result document is recorded with the next number of its register (the
 * Department's series, or the People's Committee's for decisions of the Chairman) (status 9).
 */
@Component("issueResult")
class IssueResultStep extends DossierStep {

    IssueResultStep(StepSupport support) {
        super(support, "approval");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        List<String> body = new ArrayList<>();
        body.add("Chấp thuận đề nghị của " + dossier.getApplicantName() + " về việc: " + dossier.getSubject() + ".");
        body.add("Hồ sơ số " + dossier.getCode() + ", thủ tục: " + dossier.getProcedureName() + ".");
        String number = support.documents().result(dossier, actor, body, text(execution, "chairmanDecisionNumber"))
                .getNumber();
        dossier.decide(actor, support.deadlines().now(), Outcome.RESULT, number, text(execution, "approvalNote"));
        execution.setVariable("outcome", Outcome.RESULT.name());
    }
}
