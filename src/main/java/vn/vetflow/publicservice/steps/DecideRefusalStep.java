package vn.vetflow.publicservice.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.Outcome;

/** The leader or the Chairman refused the request: a written, numbered refusal is the result. */
@Component("decideRefusal")
class DecideRefusalStep extends DossierStep {

    DecideRefusalStep(StepSupport support) {
        super(support, "approval");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        String reasons = firstNonBlank(text(execution, "chairmanNote"), text(execution, "approvalNote"),
                text(execution, "appraisalNote"));
        var document = support.documents().refusalReply(dossier, actor, reasons);
        dossier.decide(actor, support.deadlines().now(), Outcome.REFUSED, document.getNumber(), reasons);
        execution.setVariable("outcome", Outcome.REFUSED.name());
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "Hồ sơ không đáp ứng điều kiện theo quy định.";
    }
}
