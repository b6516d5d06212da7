package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** The team's results report. */
@Component
class ReportStep extends AggregateStep {

    ReportStep(InspectionRepository inspections) {
        super(inspections, "Task_Report");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.report(work.text("reportContent"), work.username(), work.at());
    }
}
