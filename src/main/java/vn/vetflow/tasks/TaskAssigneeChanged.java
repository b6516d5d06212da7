package vn.vetflow.tasks;

/**
 * A task changed hands: claimed, assigned by a leader, handed to a substitute or given back (assignee
 * null), whichever page, API or Camunda Tasklist did it. Published inside the engine's transaction.
 *
 * @param engineUser the user the engine knows as acting (Camunda's webapps set it), or null
 */
public record TaskAssigneeChanged(String taskId, String kind, String businessKey, String stepName, String title,
                                  String previous, String assignee, String engineUser) {
}
