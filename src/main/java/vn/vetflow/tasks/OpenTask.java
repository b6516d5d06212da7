package vn.vetflow.tasks;

import java.time.Instant;
import java.util.List;

/** One open task as task lists show it. */
public record OpenTask(String taskId, String processKey, String kind, String businessKey, String stepKey,
                       String stepName, String title, String party, String unit, String assignee, int priority,
                       Instant created, Instant due, Instant received, List<String> candidateGroups) {
}
