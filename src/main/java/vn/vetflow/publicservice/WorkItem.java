package vn.vetflow.publicservice;

import java.util.Date;

/** One open task as a task list shows it, with its dossier code (the process's business key). */
public record WorkItem(String taskId, String name, String taskDefinitionKey, String assignee, Date created,
                       Date due, String businessKey) {
}
