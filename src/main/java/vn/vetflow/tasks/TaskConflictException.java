package vn.vetflow.tasks;

/** Somebody else completed or claimed the task first; the loser is told and shown the current state. */
public class TaskConflictException extends RuntimeException {

    public TaskConflictException(String taskId) {
        super("Task " + taskId + " was completed or claimed by somebody else");
    }
}
