package vn.vetflow.tasks;

/**
 * A task was given to an officer (claimed, assigned by a leader, handed to a substitute), whichever
 * page or API did it. Published inside the engine's transaction; listen after commit.
 */
public record TaskAssigned(String taskId, String kind, String businessKey, String stepName, String title,
                           String assignee) {
}
