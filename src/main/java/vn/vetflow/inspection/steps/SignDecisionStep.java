package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** The leader signs the decision, returns the draft, or decides not to inspect. */
@Component
class SignDecisionStep extends AggregateStep {

    SignDecisionStep(InspectionRepository inspections) {
        super(inspections, "Task_SignDecision");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.sign(work.text("decisionSignoff"), work.username(), work.at());
    }
}
