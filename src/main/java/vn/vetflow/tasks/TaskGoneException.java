package vn.vetflow.tasks;

/** The task does not exist (any more): completed, cancelled or never there. */
public class TaskGoneException extends RuntimeException {

    public TaskGoneException(String taskId) {
        super("Task " + taskId + " is not open");
    }
}
