package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** The leader signs the submission of one violation to the provincial Chairman. */
@Component
class SignChairmanSubmissionStep extends AggregateStep {

    SignChairmanSubmissionStep(InspectionRepository inspections) {
        super(inspections, "Task_SignChairmanSubmission");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.signViolation(work.branchId("violationId"), "CHAIRMAN_SUBMISSION", work.text("signedNumber"),
                work.text("signoffNote"), work.username(), work.at());
    }
}
