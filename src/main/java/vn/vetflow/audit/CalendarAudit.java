package vn.vetflow.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.vetflow.calendar.WorkingCalendarChanged;

/**
 * Changes of the working-day calendar (administrators on /admin/calendar): one line per change, written in
 * the changing transaction (the calendar module publishes the event there) so a rolled-back change leaves none.
 */
@Component
class CalendarAudit {

    private final AuditTrail trail;

    CalendarAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void changed(WorkingCalendarChanged change) {
        trail.record(change.changedBy(), change.confirmed() ? AuditAction.CALENDAR_CONFIRMED : AuditAction.CALENDAR_CHANGED,
                null, change.detail());
    }
}
