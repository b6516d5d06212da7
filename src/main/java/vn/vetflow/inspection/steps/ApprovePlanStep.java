package vn.vetflow.inspection.steps;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;
import vn.vetflow.shared.Violation;

/** Whoever signed the decision approves the plan and its team, or returns it. */
@Component
class ApprovePlanStep extends AggregateStep {

    ApprovePlanStep(InspectionRepository inspections) {
        super(inspections, "Task_ApprovePlan");
    }

    @Override
    public void check(StepWork work, List<Violation> violations) {
        String signer = load(work.code()).decisionSigner().orElse(null);
        if (signer != null && !signer.equals(work.username())) {
            violations.add(Violation.of("planApproval", "inspection.error.notDecisionSigner"));
        }
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.approvePlan(work.text("planApproval"), work.username(), work.at());
    }
}
