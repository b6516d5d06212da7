package vn.vetflow.inspection.steps;

import vn.vetflow.inspection.Inspection;
import vn.vetflow.inspection.InspectionRepository;

/** A step that loads the inspection, calls one of its transitions and saves it. */
abstract class AggregateStep implements InspectionStep {

    private final InspectionRepository inspections;
    private final String taskId;

    AggregateStep(InspectionRepository inspections, String taskId) {
        this.inspections = inspections;
        this.taskId = taskId;
    }

    @Override
    public final String taskId() {
        return taskId;
    }

    @Override
    public final void record(StepWork work) {
        Inspection inspection = inspections.get(work.code());
        apply(inspection, work);
        inspections.save(inspection);
    }

    protected abstract void apply(Inspection inspection, StepWork work);

    protected Inspection load(String code) {
        return inspections.get(code);
    }
}
