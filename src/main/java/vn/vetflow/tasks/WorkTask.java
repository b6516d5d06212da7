package vn.vetflow.tasks;

import java.time.Instant;
import java.util.List;

/**
 * An open user task as the task door ({@link TaskWork}) hands it out: what pages and step handlers need,
 * never the engine's own task object.
 *
 * @param businessKey     the case's code (dossier or inspection)
 * @param stepKey         the task's BPMN id
 * @param formKey         the id of the step's form (forms module), or null
 * @param unit            the unit owning the task (the read model's), or null when unknown
 * @param candidateUsers  users the task is offered to by name (an institution's staff)
 */
public record WorkTask(String id, String processKey, String businessKey, String stepKey, String name,
                       String assignee, Instant created, Instant due, String formKey, String unit,
                       List<String> candidateGroups, List<String> candidateUsers) {

    public WorkTask {
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
        candidateUsers = candidateUsers == null ? List.of() : List.copyOf(candidateUsers);
    }
}
