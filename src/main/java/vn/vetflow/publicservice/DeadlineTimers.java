package vn.vetflow.publicservice;

import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vetflow.engine.ProcessTimers;

/**
 * Pauses and resumes the legal clock's timers (due soon, overdue) on the processing subprocess.
 * While the applicant is asked to supplement, the timers are suspended; when the clock runs again they
 * are moved to the new appointment and activated. Pausing and resuming happen inside a step's own engine
 * command ({@link ProcessTimers}).
 */
@Component
public class DeadlineTimers {

    private static final String DUE_SOON = "Timer_DueSoon";
    private static final String OVERDUE = "Timer_Overdue";

    private final ProcessTimers timers;

    DeadlineTimers(ProcessTimers timers) {
        this.timers = timers;
    }

    public void pause(String processInstanceId) {
        timers.suspend(processInstanceId, Set.of(DUE_SOON, OVERDUE));
    }

    public void resume(String processInstanceId, Date dueSoonAt, Date overdueAt) {
        timers.activate(processInstanceId, Map.of(DUE_SOON, dueSoonAt, OVERDUE, overdueAt));
    }

    /**
     * Outside a step (the working-day calendar changed): moves the running (not suspended) timers to the new
     * appointment, in the caller's transaction. Suspended timers wait for the clock to resume, which sets them.
     */
    public void move(String processInstanceId, Date dueSoonAt, Date overdueAt) {
        timers.move(processInstanceId, Map.of(DUE_SOON, dueSoonAt, OVERDUE, overdueAt));
    }
}
