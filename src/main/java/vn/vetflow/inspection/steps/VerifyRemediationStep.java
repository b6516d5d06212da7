package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** The team verifies one reported remediation: accepted, or sent back. */
@Component
class VerifyRemediationStep extends AggregateStep {

    VerifyRemediationStep(InspectionRepository inspections) {
        super(inspections, "Task_VerifyRemediation");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.verifyRemediation(work.branchId("recommendationId"),
                "ACCEPT".equals(work.text("remediationVerdict")), work.text("verificationNote"), work.username(),
                work.at());
    }
}
