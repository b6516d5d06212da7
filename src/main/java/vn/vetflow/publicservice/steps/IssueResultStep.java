package vn.vetflow.publicservice.steps;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.Outcome;

/** The request is granted: the result document gets the next number of its series (status 9). */
@Component("issueResult")
class IssueResultStep extends DossierStep {

    IssueResultStep(StepSupport support) {
        super(support, "approval");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        ProcedureVersion version = version(dossier);
        String number = support.documents().nextNumber(version.result().numberPrefix());
        List<String> body = new ArrayList<>();
        body.add("Chấp thuận đề nghị của " + dossier.getApplicantName() + " về việc: " + dossier.getSubject() + ".");
        body.add("Hồ sơ số " + dossier.getCode() + ", thủ tục: " + dossier.getProcedureName() + ".");
        String chairmanDecision = text(execution, "chairmanDecisionNumber");
        if (chairmanDecision != null) {
            body.add("Theo Quyết định số " + chairmanDecision + " của Chủ tịch Ủy ban nhân dân tỉnh.");
        }
        support.documents().result(dossier, number, body);
        dossier.decide(actor, support.deadlines().now(), Outcome.RESULT, number, text(execution, "approvalNote"));
        execution.setVariable("outcome", Outcome.RESULT.name());
    }
}
