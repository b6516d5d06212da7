package vn.vetflow.engine;

import java.util.Collection;
import java.util.Date;

/** An open user task as the engine holds it at the end of a command, in vetflow's own terms. */
public record OpenUserTask(String taskId, String processKey, String businessKey, String stepKey, String stepName,
                           String assignee, int priority, Date created, Date due, Collection<String> groups) {
}
