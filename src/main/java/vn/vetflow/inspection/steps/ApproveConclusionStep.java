package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** The leader approves the draft conclusion or returns it. */
@Component
class ApproveConclusionStep extends AggregateStep {

    ApproveConclusionStep(InspectionRepository inspections) {
        super(inspections, "Task_ApproveConclusion");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.approveConclusion(work.text("conclusionApproval"), work.username(), work.at());
    }
}
