package vn.vetflow.engine;

import java.time.Instant;

/**
 * The port a read model of open user tasks implements (the {@code tasks} module's). {@link OpenUserTaskPlugin}
 * calls it once per changed task when the engine command flushes, inside the engine's transaction.
 */
public interface UserTaskLedger {

    /**
     * The task as it stands at the end of the command; {@code created} when it was created in this command.
     * {@code engineUser} is the user the engine acted for (null when none), {@code at} the engine's time.
     */
    void written(OpenUserTask task, boolean created, String engineUser, Instant at);

    /** The task was completed or deleted (only called for tasks that existed before the command). */
    void ended(String taskId);
}
