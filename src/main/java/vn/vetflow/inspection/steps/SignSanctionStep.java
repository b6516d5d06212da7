package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** The leader signs the sanction decision of one violation. */
@Component
class SignSanctionStep extends AggregateStep {

    SignSanctionStep(InspectionRepository inspections) {
        super(inspections, "Task_SignSanction");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.signViolation(work.branchId("violationId"), "SANCTION", work.text("signedNumber"),
                work.text("signoffNote"), work.username(), work.at());
    }
}
