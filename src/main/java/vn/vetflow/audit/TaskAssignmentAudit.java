package vn.vetflow.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.vetflow.tasks.TaskAssigneeChanged;

/**
 * Claims, assignments and hand-backs come from the engine's task events, so the trail has one line for
 * each whether it happened in the list, on the task page, through the API or in Camunda's Tasklist.
 */
@Component
class TaskAssignmentAudit {

    private final AuditTrail trail;

    TaskAssignmentAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void changed(TaskAssigneeChanged change) {
        String actor = change.engineUser() != null ? change.engineUser() : AuditTrail.currentUser();
        String detail = "task " + change.taskId() + " " + change.stepName();
        if (change.assignee() == null) {
            trail.record(actor, AuditAction.TASK_RELEASED, change.businessKey(), detail + " from " + change.previous());
        } else if (change.assignee().equals(actor)) {
            trail.record(actor, AuditAction.TASK_CLAIMED, change.businessKey(), detail);
        } else {
            trail.record(actor, AuditAction.TASK_ASSIGNED, change.businessKey(), detail + " to " + change.assignee());
        }
    }
}
