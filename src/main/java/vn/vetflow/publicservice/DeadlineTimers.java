package vn.vetflow.publicservice;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.springframework.stereotype.Component;

/**
 * Pauses and resumes the legal clock's timers (due soon, overdue) on the processing subprocess.
 * While the applicant is asked to supplement, the timers are suspended; when the clock runs again they
 * are moved to the new appointment and activated.
 *
 * <p>Called from a step, so it changes the timer entities inside the step's own engine command: one
 * flush, with the engine's revision checks, and no separate service call that would race with the
 * entities the command already holds or apply the officer's own authorizations to the process's timers.
 */
@Component
public class DeadlineTimers {

    private final ManagementService management;

    DeadlineTimers(ManagementService management) {
        this.management = management;
    }

    private static final String DUE_SOON = "Timer_DueSoon";
    private static final String OVERDUE = "Timer_Overdue";

    public void pause(String processInstanceId) {
        for (JobEntity timer : timers(processInstanceId)) {
            timer.setSuspensionState(SuspensionState.SUSPENDED.getStateCode());
        }
    }

    public void resume(String processInstanceId, Date dueSoonAt, Date overdueAt) {
        for (JobEntity timer : timers(processInstanceId)) {
            timer.setDuedate(DUE_SOON.equals(timer.getActivityId()) ? dueSoonAt : overdueAt);
            timer.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        }
    }

    /**
     * Outside a step (the working-day calendar changed): moves the running (not suspended) timers to the new
     * appointment, in the caller's transaction. Suspended timers wait for the clock to resume, which sets them.
     */
    public void move(String processInstanceId, Date dueSoonAt, Date overdueAt) {
        for (var job : management.createJobQuery().processInstanceId(processInstanceId).active().timers().list()) {
            String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId();
            if (DUE_SOON.equals(activity)) {
                management.setJobDuedate(job.getId(), dueSoonAt);
            } else if (OVERDUE.equals(activity)) {
                management.setJobDuedate(job.getId(), overdueAt);
            }
        }
    }

    private static List<JobEntity> timers(String processInstanceId) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            throw new IllegalStateException("Deadline timers change only inside a process step");
        }
        return command.getJobManager().findJobsByProcessInstanceId(processInstanceId).stream()
                .filter(job -> DUE_SOON.equals(job.getActivityId()) || OVERDUE.equals(job.getActivityId()))
                .toList();
    }
}
