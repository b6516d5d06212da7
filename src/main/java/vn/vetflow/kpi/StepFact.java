package vn.vetflow.kpi;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A user task as process analytics sees it: waiting from creation to its first assignee (or to its end
 * when nobody ever took it), working from then to its end; breached when it ended after its due date.
 */
record StepFact(String taskId, String businessKey, String processKey, String stepKey, String stepName, String unit,
                String assignee, Instant createdAt, Instant claimedAt, Instant endedAt, Instant dueAt,
                LocalDate endDay, Long waitingSeconds, Long workingSeconds, boolean breached) {

    /** Completed steps count; open or cancelled ones ({@code completed} false) do not. */
    static StepFact of(String taskId, String businessKey, String processKey, String stepKey, String stepName,
                       String unit, String assignee, Instant created, Instant claimed, Instant ended, Instant due,
                       boolean completed, java.time.ZoneId zone) {
        Long waiting = null;
        Long working = null;
        LocalDate endDay = null;
        if (ended != null && completed) {
            Instant taken = claimed == null || claimed.isAfter(ended) ? ended : claimed;
            waiting = Math.max(0, taken.getEpochSecond() - created.getEpochSecond());
            working = Math.max(0, ended.getEpochSecond() - taken.getEpochSecond());
            endDay = LocalDate.ofInstant(ended, zone);
        }
        boolean breached = due != null && (ended != null ? ended.isAfter(due) : false);
        return new StepFact(taskId, businessKey, processKey, stepKey, stepName, unit, assignee, created, claimed,
                ended, due, endDay, waiting, working, breached);
    }
}
