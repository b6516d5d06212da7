package vn.vetflow.publicservice;

/**
 * A user task of the public-service process was completed, whichever page did it (ours, the REST API or
 * Camunda's Tasklist). Published inside the completing transaction.
 */
public record TaskCompleted(String dossierCode, String taskId, String taskKey, String decision, String actor) {
}
