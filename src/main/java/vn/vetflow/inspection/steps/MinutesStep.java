package vn.vetflow.inspection.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** The minutes of the check, with the institution's representatives. */
@Component
class MinutesStep extends AggregateStep {

    MinutesStep(InspectionRepository inspections) {
        super(inspections, "Task_Minutes");
    }

    @Override
    protected void apply(Inspection inspection, StepWork work) {
        inspection.minute(work.text("minutesPlace") + "\n" + work.text("minutesContent"),
                work.text("representatives"), work.username(), work.at());
    }
}
