package vn.vetflow.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.vetflow.publicservice.TaskCompleted;

/**
 * Task completions come from the engine, not from a URL: the same line whether an officer decided in our
 * API or in Camunda's Tasklist, written in the completing transaction so a rolled-back decision leaves none.
 */
@Component
class TaskCompletionAudit {

    private final AuditTrail trail;

    TaskCompletionAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void completed(TaskCompleted task) {
        trail.record(task.actor(), AuditAction.TASK_COMPLETED, task.dossierCode(),
                "task " + task.taskId() + " " + task.taskKey() + " " + task.decision());
    }
}
