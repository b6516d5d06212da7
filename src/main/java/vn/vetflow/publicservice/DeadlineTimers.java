package vn.vetflow.publicservice;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Pauses and resumes the legal clock's timers (due soon, overdue) on the processing subprocess.
 * While the applicant is asked to supplement, the timers are suspended; when the clock runs again they
 * are moved to the new appointment and activated.
 */
@Component
public class DeadlineTimers {

    private static final String DUE_SOON = "Timer_DueSoon";
    private static final String OVERDUE = "Timer_Overdue";

    private final ManagementService management;

    DeadlineTimers(ManagementService management) {
        this.management = management;
    }

    public void pause(String processInstanceId) {
        withoutAuthorizationChecks(() -> {
            timers(processInstanceId, DUE_SOON).forEach(job -> management.suspendJobById(job.getId()));
            timers(processInstanceId, OVERDUE).forEach(job -> management.suspendJobById(job.getId()));
        });
    }

    public void resume(String processInstanceId, Date dueSoonAt, Date overdueAt) {
        withoutAuthorizationChecks(() -> {
            move(timers(processInstanceId, DUE_SOON), dueSoonAt);
            move(timers(processInstanceId, OVERDUE), overdueAt);
        });
    }

    private void move(List<Job> jobs, Date dueDate) {
        for (Job job : jobs) {
            management.setJobDuedate(job.getId(), dueDate);
            management.activateJobById(job.getId());
        }
    }

    private List<Job> timers(String processInstanceId, String timerId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(timerId).list();
    }

    /**
     * When Camunda's Tasklist completes a task the officer's engine authorizations apply to everything
     * the step does; moving the process's own timers is the process's business, not the officer's.
     */
    private static void withoutAuthorizationChecks(Runnable work) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            work.run();
            return;
        }
        boolean wasEnabled = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            work.run();
        } finally {
            if (wasEnabled) {
                context.enableAuthorizationCheck();
            }
        }
    }
}
