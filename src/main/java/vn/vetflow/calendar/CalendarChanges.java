package vn.vetflow.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators enter the government's announced schedule of a year (extra days off, make-up working
 * weekend days, days of the computed year removed) and confirm the year. Each change counts at once on
 * every node (a new revision, see {@link CalendarStore}) and publishes {@link WorkingCalendarChanged}: the
 * audit trail writes its line in the same transaction, and running dossiers get their appointment dates
 * recomputed after it committed.
 */
@Service
public class CalendarChanges {

    private final JdbcTemplate jdbc;
    private final CalendarStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarChanges(JdbcTemplate jdbc, CalendarStore store, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The changes entered for {@code year}, by date. */
    @Transactional(readOnly = true)
    public List<CalendarChange> changes(int year) {
        return jdbc.query("select id, calendar_year, change_date, kind, name, changed_by, changed_at"
                + " from calendar_change where calendar_year = ? order by change_date", (rs, row) -> CalendarChange.from(rs),
                year);
    }

    /** Who confirmed {@code year} and when, if an administrator did. */
    @Transactional(readOnly = true)
    public Optional<Confirmation> confirmation(int year) {
        return jdbc.query("select confirmed_by, confirmed_at from calendar_confirmation where calendar_year = ?",
                (rs, row) -> new Confirmation(rs.getString("confirmed_by"), rs.getTimestamp("confirmed_at").toInstant()),
                year).stream().findFirst();
    }

    /** {@code date} becomes a day off (a weekday). */
    @Transactional
    public void addDayOff(LocalDate date, String name) {
        if (CalendarStore.isWeekend(date)) {
            throw new CalendarChangeRejected("calendar.admin.error.weekendOff");
        }
        record(date, CalendarChange.Kind.DAY_OFF, required(name));
    }

    /** {@code date} becomes a working day (a Saturday or Sunday worked to make up for a swapped day). */
    @Transactional
    public void addWorkingDay(LocalDate date, String name) {
        if (!CalendarStore.isWeekend(date)) {
            throw new CalendarChangeRejected("calendar.admin.error.weekdayWorked");
        }
        record(date, CalendarChange.Kind.WORKING_DAY, required(name));
    }

    /** A day off (or worked weekend day) of the shipped or computed year is removed. */
    @Transactional
    public void removeDay(LocalDate date, String reason) {
        CalendarYear base = base(date.getYear());
        boolean listed = base.daysOff().stream().anyMatch(d -> d.date().equals(date))
                || base.workingDays().stream().anyMatch(d -> d.date().equals(date));
        if (!listed) {
            throw new CalendarChangeRejected("calendar.admin.error.notListed");
        }
        record(date, CalendarChange.Kind.REMOVED, required(reason));
    }

    /** Takes back a change: the date counts as in the shipped or computed year again. */
    @Transactional
    public void undo(long changeId) {
        List<CalendarChange> found = jdbc.query("select id, calendar_year, change_date, kind, name, changed_by, changed_at"
                + " from calendar_change where id = ?", (rs, row) -> CalendarChange.from(rs), changeId);
        if (found.isEmpty()) {
            throw new CalendarChangeRejected("calendar.admin.error.noChange");
        }
        CalendarChange change = found.get(0);
        jdbc.update("delete from calendar_change where id = ?", changeId);
        changed(change.year(), false, "undo " + change.kind() + " " + change.date());
    }

    /** The year's schedule is the announced one: it is no longer provisional. */
    @Transactional
    public void confirm(int year) {
        if (confirmation(year).isPresent()) {
            return;
        }
        jdbc.update("insert into calendar_confirmation (calendar_year, confirmed_by, confirmed_at) values (?, ?, ?)",
                year, currentUser(), Timestamp.from(clock.instant()));
        changed(year, true, "confirm " + year);
    }

    /**
     * Serialises the work that follows calendar changes across listeners and nodes: takes the revision row's
     * lock in the caller's transaction until it ends (changes wait for it too), so two recomputations of the
     * same dossiers never race.
     */
    @Transactional
    public void lockAgainstChanges() {
        jdbc.queryForObject("select revision from calendar_revision where id = 1 for update", String.class);
    }

    /** The shipped or computed year, before the administrators' changes. */
    CalendarYear base(int year) {
        CalendarYear shipped = store.shipped(year);
        return shipped != null ? shipped : StatutoryHolidays.of(year);
    }

    private void record(LocalDate date, CalendarChange.Kind kind, String name) {
        jdbc.update("delete from calendar_change where change_date = ?", date);
        jdbc.update("insert into calendar_change (calendar_year, change_date, kind, name, changed_by, changed_at)"
                + " values (?, ?, ?, ?, ?, ?)", date.getYear(), date, kind.name(), name, currentUser(),
                Timestamp.from(clock.instant()));
        changed(date.getYear(), false, kind + " " + date);
    }

    /** A new revision for every node; the audit line (written by the audit module) and the recomputations. */
    private void changed(int year, boolean confirmed, String detail) {
        store.changed();
        events.publishEvent(new WorkingCalendarChanged(year, confirmed, detail, currentUser()));
    }

    private static String required(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new CalendarChangeRejected("calendar.admin.error.nameRequired");
        }
        return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
    }

    private static String currentUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? "system" : user.getName();
    }

    /** An administrator's confirmation of a year. */
    public record Confirmation(String by, java.time.Instant at) {
    }
}
