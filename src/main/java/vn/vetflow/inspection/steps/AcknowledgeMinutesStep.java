package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/**
 * The institution acknowledges the minutes, with objections if it has any; a refusal (REFUSE) records
 * nothing here: the team records it with a witness in the next step.
 */
@Component
class AcknowledgeMinutesStep extends AggregateStep {

    static final String REFUSE = "REFUSE";

    AcknowledgeMinutesStep(InspectionRepository inspections) {
        super(inspections, "Task_AckMinutesInstitution");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        if (REFUSE.equals(work.text("institutionAcknowledgement"))) {
            return;
        }
        String objections = work.text("objections");
        inspection.acknowledge(objections == null ? null : work.text("representative") + ": " + objections,
                work.username(), work.at());
    }
}
