package vn.vetflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calendar's data as the database holds it now: the shipped years, the administrators' changes
 * ({@code calendar_change}) and confirmations ({@code calendar_confirmation}).
 *
 * <p>Cluster-safe without a stale cache: every question first reads the one-row {@code calendar_revision}
 * (once per transaction: the state is bound to the transaction, so a transaction counts with one
 * calendar) and rebuilds the state only when the revision differs from the one held.
 */
class CalendarStore implements Supplier<CalendarState> {

    private final JdbcTemplate jdbc;
    private final Map<Integer, CalendarYear> shipped;
    private volatile CalendarState held;

    /**
     * @param jdbc    the database, or null for a context without one (then the shipped years are all there is)
     * @param shipped the years of the shipped files
     */
    CalendarStore(JdbcTemplate jdbc, Collection<CalendarYear> shipped) {
        this.jdbc = jdbc;
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        shipped.forEach(year -> byYear.put(year.year(), year));
        this.shipped = Map.copyOf(byYear);
        this.held = jdbc == null ? new CalendarState("shipped", shipped) : null;
    }

    @Override
    public CalendarState get() {
        if (jdbc == null) {
            return held;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return current();
        }
        CalendarState bound = (CalendarState) TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return bound;
        }
        CalendarState current = current();
        TransactionSynchronizationManager.bindResource(this, current);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(CalendarStore.this);
            }
        });
        return current;
    }

    /** The shipped data of {@code year}, if a file was shipped for it. */
    CalendarYear shipped(int year) {
        return shipped.get(year);
    }

    /** Marks the data changed in the caller's transaction: a new revision, and the transaction re-reads. */
    void changed() {
        jdbc.update("update calendar_revision set revision = ? where id = 1", UUID.randomUUID().toString());
        TransactionSynchronizationManager.unbindResourceIfPossible(this);
    }

    private CalendarState current() {
        String revision = jdbc.queryForObject("select revision from calendar_revision where id = 1", String.class);
        CalendarState state = held;
        if (state != null && state.revision.equals(revision)) {
            return state;
        }
        state = load(revision);
        held = state;
        return state;
    }

    private CalendarState load(String revision) {
        Map<Integer, List<CalendarChange>> changes = new HashMap<>();
        jdbc.query("select id, calendar_year, change_date, kind, name, changed_by, changed_at from calendar_change"
                + " order by change_date", (rs, row) -> CalendarChange.from(rs))
                .forEach(change -> changes.computeIfAbsent(change.year(), y -> new ArrayList<>()).add(change));
        Set<Integer> confirmed = new HashSet<>(jdbc.queryForList(
                "select calendar_year from calendar_confirmation", Integer.class));
        Set<Integer> years = new HashSet<>(shipped.keySet());
        years.addAll(changes.keySet());
        years.addAll(confirmed);
        List<CalendarYear> announced = new ArrayList<>();
        for (int year : years) {
            // The law's days only for a year without a shipped file: as getOrDefault's default they were computed
            // for every year, and the first time that loads ICU's lunar calendar (0.2 s of processor on the
            // demo's start-up path, issue 15), for shipped years that never use it.
            CalendarYear base = shipped.containsKey(year) ? shipped.get(year) : StatutoryHolidays.of(year);
            announced.add(apply(base, changes.getOrDefault(year, List.of()), confirmed.contains(year)));
        }
        return new CalendarState(revision, announced);
    }

    /** {@code base} with the administrators' changes of its year applied. */
    static CalendarYear apply(CalendarYear base, List<CalendarChange> changes, boolean confirmed) {
        Map<LocalDate, CalendarDay> daysOff = new TreeMap<>();
        Map<LocalDate, CalendarDay> workingDays = new TreeMap<>();
        base.daysOff().forEach(day -> daysOff.put(day.date(), day));
        base.workingDays().forEach(day -> workingDays.put(day.date(), day));
        for (CalendarChange change : changes) {
            CalendarDay day = new CalendarDay(change.date(), change.name());
            switch (change.kind()) {
                case DAY_OFF -> daysOff.put(change.date(), day);
                case WORKING_DAY -> workingDays.put(change.date(), day);
                case REMOVED -> {
                    daysOff.remove(change.date());
                    workingDays.remove(change.date());
                }
            }
        }
        String source = changes.isEmpty() ? base.source() : base.source() + " + thay đổi của quản trị viên";
        return new CalendarYear(base.year(), List.copyOf(daysOff.values()), List.copyOf(workingDays.values()), source,
                confirmed || base.confirmed());
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
