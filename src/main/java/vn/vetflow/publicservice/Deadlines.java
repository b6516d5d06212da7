package vn.vetflow.publicservice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.vetflow.calendar.WorkingCalendar;

/** The process's dates, in working days of the province's calendar and as instants for the engine's timers. */
@Component
public class Deadlines {

    /** Officers are warned at the start of the working day. */
    private static final LocalTime WARNING_TIME = LocalTime.of(8, 0);

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final PublicServiceProperties properties;

    Deadlines(WorkingCalendar calendar, Clock clock, PublicServiceProperties properties) {
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
    }

    /** The instant now; {@link ProvinceClock} for code that needs only the time, not working days. */
    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** A deadline "on day D" lasts until the end of D. */
    public Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(calendar.zone()).toInstant().minusSeconds(1));
    }

    /** The overdue timer fires once the appointment day has passed. */
    public Date overdueAt(LocalDate appointment) {
        return Date.from(appointment.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
    }

    /** The warning fires N working days before the appointment, at the start of the day. */
    public Date dueSoonAt(LocalDate appointment) {
        if (properties.warnAfter() != null) {
            return Date.from(clock.instant().plus(properties.warnAfter()));
        }
        LocalDate day = calendar.subtractWorkingDays(appointment, properties.warnWorkingDays());
        return Date.from(day.atTime(WARNING_TIME).atZone(calendar.zone()).toInstant());
    }

    public LocalDate addWorkingDays(LocalDate from, int days) {
        return calendar.addWorkingDays(from, days);
    }

    /**
     * The appointment date: the procedure's deadline in working days after the receipt day, plus the
     * working days the clock was paused (supplement, payment). Extending after each pause gives the same
     * date, since adding working days in steps equals adding them at once; so the date can be recomputed
     * from these three numbers whenever the calendar changes.
     */
    public LocalDate appointment(LocalDate receiptDay, int deadlineDays, int pausedWorkingDays) {
        return calendar.addWorkingDays(receiptDay, deadlineDays + pausedWorkingDays);
    }
}
