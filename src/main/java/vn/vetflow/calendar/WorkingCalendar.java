package vn.vetflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.function.Supplier;

/**
 * Working days and deadline arithmetic in working days (ngày làm việc).
 *
 * <p>A day is a working day when it is Monday to Friday and not listed as a day off, or when it is
 * a weekend day listed as a make-up working day. Periods do not count their first day (Civil Code
 * 2015, art. 147): "n working days from receipt" ends on the n-th working day after the day of
 * receipt.
 *
 * <p>Every year has days off: a year whose schedule was announced uses it (the shipped files, changed
 * by administrators on {@code /admin/calendar}); any other year is computed from the Labour Code
 * ({@link StatutoryHolidays}). A year is <em>provisional</em> until its schedule is confirmed.
 *
 * <p>Safe for concurrent use. The data comes from a {@link CalendarState}: fixed for a calendar built
 * from years, or the database's current revision for the application's calendar (see
 * {@code CalendarStore}), so every node counts with the same data. Each year is a bit set of its
 * working days plus a running count, so lookups and additions do not allocate beyond the result.
 *
 * <p>In a plain unit test: {@code new WorkingCalendar(new CalendarLoader().load(
 * CalendarLoader.DEFAULT_LOCATION, null), LocalTime.of(15, 0), ZoneId.of("Asia/Ho_Chi_Minh"))}, or
 * pass {@link CalendarYear}s built in code.
 */
public class WorkingCalendar {

    private final LocalTime cutOff;
    private final ZoneId zone;
    private final Supplier<CalendarState> state;

    /**
     * A calendar of fixed data.
     *
     * @param years  the announced years; at most one per year, each consistent
     *               (see {@link CalendarYear#problems()}); other years are computed from the law
     * @param cutOff local time from which a receipt counts on the next working day
     * @param zone   the zone of the receiving office
     * @throws IllegalArgumentException when a year is listed twice or its data is inconsistent
     */
    public WorkingCalendar(Collection<CalendarYear> years, LocalTime cutOff, ZoneId zone) {
        this(fixed(new CalendarState("fixed", years)), cutOff, zone);
    }

    /** A calendar reading its data from {@code state} on every question (the database's current revision). */
    WorkingCalendar(Supplier<CalendarState> state, LocalTime cutOff, ZoneId zone) {
        this.state = Objects.requireNonNull(state, "state");
        this.cutOff = Objects.requireNonNull(cutOff, "cutOff");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    private static Supplier<CalendarState> fixed(CalendarState state) {
        return () -> state;
    }

    /** The zone in which receipt times are read. */
    public ZoneId zone() {
        return zone;
    }

    /** Local time from which a dossier counts as received on the next working day. */
    public LocalTime cutOff() {
        return cutOff;
    }

    /** Whether {@code d} is worked: Monday to Friday except the days off, plus make-up days. */
    public boolean isWorkingDay(LocalDate d) {
        return table(d.getYear()).working.get(d.getDayOfYear());
    }

    /** The first working day strictly after {@code d}. */
    public LocalDate nextWorkingDay(LocalDate d) {
        return addWorkingDays(d, 1);
    }

    /**
     * The {@code n}-th working day strictly after {@code from} (the day of receipt does not count);
     * {@code from} itself when {@code n == 0}, whether or not it is a working day.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (n == 0) {
            return from;
        }
        int year = from.getYear();
        CalendarState.YearTable t = table(year);
        int counted = t.countUpTo[from.getDayOfYear()];
        int remaining = n;
        // Whole years first: working days left in this year after the current day.
        while (remaining > t.total() - counted) {
            remaining -= t.total() - counted;
            year++;
            t = table(year);
            counted = 0;
        }
        return LocalDate.ofYearDay(year, t.firstDayReaching(counted + remaining));
    }

    /**
     * The {@code n}-th working day strictly before {@code from}; {@code from} itself when
     * {@code n == 0}. On working days it undoes {@link #addWorkingDays(LocalDate, int)}.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public LocalDate subtractWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (n == 0) {
            return from;
        }
        int year = from.getYear();
        CalendarState.YearTable t = table(year);
        int before = t.countUpTo[from.getDayOfYear() - 1];
        int remaining = n;
        while (remaining > before) {
            remaining -= before;
            year--;
            t = table(year);
            before = t.total();
        }
        // The day d with countUpTo[d - 1] == before - remaining that is itself a working day.
        return LocalDate.ofYearDay(year, t.firstDayReaching(before - remaining + 1));
    }

    /**
     * The number of working days d with {@code fromExclusive < d <= toInclusive}; 0 when
     * {@code toInclusive} is not after {@code fromExclusive}.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        int fromYear = fromExclusive.getYear();
        int toYear = toInclusive.getYear();
        CalendarState.YearTable first = table(fromYear);
        if (fromYear == toYear) {
            return first.countUpTo[toInclusive.getDayOfYear()] - first.countUpTo[fromExclusive.getDayOfYear()];
        }
        long count = first.total() - first.countUpTo[fromExclusive.getDayOfYear()];
        for (int year = fromYear + 1; year < toYear; year++) {
            count += table(year).total();
        }
        count += table(toYear).countUpTo[toInclusive.getDayOfYear()];
        return Math.toIntExact(count);
    }

    /**
     * The day a receipt counts on: the local date in {@link #zone()}, or the next working day when
     * that date is not a working day or the local time is at or after {@link #cutOff()}.
     */
    public LocalDate receiptDay(Instant receivedAt) {
        ZonedDateTime local = receivedAt.atZone(zone);
        LocalDate date = local.toLocalDate();
        if (!isWorkingDay(date) || !local.toLocalTime().isBefore(cutOff)) {
            return nextWorkingDay(date);
        }
        return date;
    }

    /** The due date of a period of {@code workingDays} working days counted from a receipt. */
    public LocalDate dueDate(Instant receivedAt, int workingDays) {
        return addWorkingDays(receiptDay(receivedAt), workingDays);
    }

    /**
     * The due date after the clock was paused (the applicant was asked to supplement) from
     * {@code pausedOn} to {@code resumedOn}: moved by the working days after {@code pausedOn} up to
     * and including {@code resumedOn}. A pause that resumes on or before the day it started moves
     * nothing.
     */
    public LocalDate extend(LocalDate dueDate, LocalDate pausedOn, LocalDate resumedOn) {
        return addWorkingDays(dueDate, workingDaysBetween(pausedOn, resumedOn));
    }

    /** {@link Timeliness#EARLY} before the due date, {@code ON_TIME} on it, {@code LATE} after it. */
    public Timeliness classify(LocalDate finishedOn, LocalDate dueDate) {
        int order = finishedOn.compareTo(dueDate);
        return order < 0 ? Timeliness.EARLY : order == 0 ? Timeliness.ON_TIME : Timeliness.LATE;
    }

    /**
     * Working days left until {@code due}: the working days after {@code today} up to and including
     * {@code due}; negative when overdue, minus the working days after {@code due} up to and
     * including {@code today}.
     */
    public int workingDaysLeft(LocalDate today, LocalDate due) {
        return due.isBefore(today) ? -workingDaysBetween(due, today) : workingDaysBetween(today, due);
    }

    /** The weekdays off of {@code year} with their names, by date. */
    public List<CalendarDay> daysOff(int year) {
        return table(year).daysOff;
    }

    /** The weekend days worked in {@code year}, by date. */
    public List<CalendarDay> workingWeekendDays(int year) {
        return table(year).workingDays;
    }

    /** Whether {@code year}'s schedule was announced (shipped or entered); otherwise it is computed from the law. */
    public boolean hasDataFor(int year) {
        return state.get().isAnnounced(year);
    }

    /** The years with an announced schedule, ascending. */
    public SortedSet<Integer> yearsWithData() {
        return state.get().announcedYears();
    }

    /** The days of {@code year} as they count now (announced, or computed from the law). */
    public CalendarYear year(int year) {
        return state.get().year(year);
    }

    /** The days of {@code year} computed from the Labour Code alone, before any announcement. */
    public CalendarYear statutoryYear(int year) {
        return StatutoryHolidays.of(year);
    }

    /** Whether {@code year}'s schedule has not been confirmed yet, so its working days may still change. */
    public boolean isProvisional(int year) {
        return !table(year).confirmed;
    }

    /** Whether {@code date} lies in a provisional year. */
    public boolean isProvisional(LocalDate date) {
        return date != null && isProvisional(date.getYear());
    }

    private CalendarState.YearTable table(int year) {
        return state.get().table(year);
    }
}
