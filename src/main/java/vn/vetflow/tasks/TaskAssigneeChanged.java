package vn.vetflow.tasks;

/**
 * A task changed hands: claimed, assigned by a leader, handed to a substitute or given back (assignee
 * null), whichever page, API or Camunda Tasklist did it. Published inside the engine's transaction.
 *
 * @param engineUser the user acting: the one the engine knows (Camunda's webapps set it), else the one
 *                   logged in to our pages, or null (a timer, the system)
 * @param at         when, by the engine's clock (makes two otherwise equal hand-overs distinct events)
 */
public record TaskAssigneeChanged(String taskId, String kind, String businessKey, String stepName, String title,
                                  String previous, String assignee, String engineUser, java.time.Instant at) {
}
