package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** The violation's file sent to the competent body or to the investigators, under a numbered letter. */
@Component
class TransferViolationStep extends AggregateStep {

    TransferViolationStep(InspectionRepository inspections) {
        super(inspections, "Task_TransferViolation");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.transferViolation(work.branchId("violationId"), work.text("transferNumber"),
                work.text("transferRecipient"), work.username(), work.at());
    }
}
