package vn.vetflow.tasks;

import java.util.List;
import java.util.Map;
import vn.vetflow.shared.Violation;

/**
 * What one process adds to the task door: who may work its tasks, the checks a step makes beyond its form,
 * and what a step records in the process's own tables before the engine moves on. One Spring bean per
 * process; {@link TaskWork} calls it inside the transaction that completes the task.
 */
public interface StepHandler {

    /** The BPMN id of the process whose tasks this handler serves. */
    String processKey();

    /** Whether the user may work the task now; called once per action. */
    Access access(WorkTask task, String username, List<String> groups);

    /**
     * Adds the step's own violations (beyond the form's schema) for the validated values and whatever else
     * the page sent ({@code input}: files, a checklist; null when there is nothing more).
     */
    void check(WorkTask task, String username, Map<String, Object> values, Object input, List<Violation> violations);

    /** Records the step in the process's tables and says which variables the engine completes it with. */
    Completion record(WorkTask task, String username, Map<String, Object> values, Object input);

    /** A failure of the engine call the user must be told about in their terms (a violation), or null. */
    default RuntimeException explain(WorkTask task, RuntimeException failure) {
        return null;
    }

    /** The answer of {@link #access}. */
    enum Access {
        /** The user may work the task. */
        WORK,
        /** The task was offered to the user but somebody else has taken it: a conflict, not a refusal. */
        TAKEN,
        /** The user may not work the task. */
        FORBIDDEN
    }

    /**
     * The variables the task is completed with; {@code local}: set on the task's own execution only (a
     * branch of a multi-instance), so parallel branches never read each other's decision.
     */
    record Completion(Map<String, Object> variables, boolean local) {

        public Completion {
            variables = variables == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(variables));
        }
    }
}
