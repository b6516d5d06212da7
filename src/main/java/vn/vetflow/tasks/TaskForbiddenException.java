package vn.vetflow.tasks;

/** The user may not work this task (not a candidate, not in the task's unit). */
public class TaskForbiddenException extends RuntimeException {

    public TaskForbiddenException(String taskId) {
        super("Not allowed to work task " + taskId);
    }
}
