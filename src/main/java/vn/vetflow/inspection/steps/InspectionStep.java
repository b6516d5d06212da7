package vn.vetflow.inspection.steps;

import java.util.List;
import vn.vetflow.shared.Violation;

/** One human step of processes/specialized-inspection.bpmn: its own checks, then its transition. */
public interface InspectionStep {

    /** The BPMN id of the user task this step records. */
    String taskId();

    /** Checks beyond the form's schema; adds a violation per field that cannot be taken. */
    default void check(StepWork work, List<Violation> violations) {
    }

    /** Records the step through the inspection's transition, in the caller's transaction. */
    void record(StepWork work);
}
