package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** The inspector proposes how one violation is handled, with its legal ground. */
@Component
class HandleViolationStep extends AggregateStep {

    HandleViolationStep(InspectionRepository inspections) {
        super(inspections, "Task_HandleViolation");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.assessViolation(work.branchId("violationId"), work.text("handling"), work.text("legalGround"),
                work.text("limitationPeriod"), work.text("competentBody"), work.text("handlingNote"),
                work.username(), work.at());
    }
}
