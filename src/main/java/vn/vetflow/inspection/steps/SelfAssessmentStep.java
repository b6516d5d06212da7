package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** The institution's self-assessment and its evidence files. */
@Component
class SelfAssessmentStep extends AggregateStep {

    SelfAssessmentStep(InspectionRepository inspections) {
        super(inspections, "Task_SelfAssessment");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.assess(work.text("selfAssessment"), work.input().files(), work.username(), work.at());
    }
}
