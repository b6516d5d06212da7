package vn.vetflow.engine;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.springframework.stereotype.Component;

/**
 * Suspends, re-dates and activates the timers of a process instance, by the BPMN ids of their events.
 *
 * <p>Inside a step it changes the timer entities in the step's own engine command: one flush, with the
 * engine's revision checks, and no separate service call that would race with the entities the command
 * already holds or apply the acting user's authorizations to the process's timers.
 */
@Component
public class ProcessTimers {

    private final ManagementService management;

    ProcessTimers(ManagementService management) {
        this.management = management;
    }

    /** Inside a step: suspends the instance's timers of these events. */
    public void suspend(String processInstanceId, Set<String> events) {
        for (JobEntity timer : timers(processInstanceId, events)) {
            timer.setSuspensionState(SuspensionState.SUSPENDED.getStateCode());
        }
    }

    /** Inside a step: gives the instance's timers of these events their new due dates and activates them. */
    public void activate(String processInstanceId, Map<String, Date> dueByEvent) {
        for (JobEntity timer : timers(processInstanceId, dueByEvent.keySet())) {
            timer.setDuedate(dueByEvent.get(timer.getActivityId()));
            timer.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        }
    }

    /**
     * Outside a step: moves the running (not suspended) timers of these events, in the caller's
     * transaction. Suspended timers keep their date until they are activated.
     */
    public void move(String processInstanceId, Map<String, Date> dueByEvent) {
        for (var job : management.createJobQuery().processInstanceId(processInstanceId).active().timers().list()) {
            String event = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId();
            if (dueByEvent.containsKey(event)) {
                management.setJobDuedate(job.getId(), dueByEvent.get(event));
            }
        }
    }

    private static List<JobEntity> timers(String processInstanceId, Set<String> events) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            throw new IllegalStateException("Timers change this way only inside a process step");
        }
        return command.getJobManager().findJobsByProcessInstanceId(processInstanceId).stream()
                .filter(job -> events.contains(job.getActivityId())).toList();
    }
}
