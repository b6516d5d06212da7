package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** The institution reports how it remedied one recommendation, with its files. */
@Component
class ReportRemediationStep extends AggregateStep {

    ReportRemediationStep(InspectionRepository inspections) {
        super(inspections, "Task_ReportRemediation");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.remediate(work.branchId("recommendationId"), work.text("remediationReport"), work.input().files(),
                work.username(), work.at());
    }
}
