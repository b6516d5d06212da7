package vn.vetflow.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days and deadline arithmetic in working days (ngày làm việc).
 *
 * <p>A day is a working day when it is Monday to Friday and not listed as a day off, or when it is
 * a weekend day listed as a make-up working day. Periods do not count their first day (Civil Code
 * 2015, art. 147): "n working days from receipt" ends on the n-th working day after the day of
 * receipt. A year without data counts weekends only and logs one warning.
 *
 * <p>Immutable after construction and safe for concurrent use. Each year is a bit set of its
 * working days plus a running count, so lookups and additions do not allocate beyond the result.
 *
 * <p>In a plain unit test: {@code new WorkingCalendar(new CalendarLoader().load(
 * CalendarLoader.DEFAULT_LOCATION, null), LocalTime.of(15, 0), ZoneId.of("Asia/Ho_Chi_Minh"))}, or
 * pass {@link CalendarYear}s built in code.
 */
public class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private final LocalTime cutOff;
    private final ZoneId zone;
    private final SortedSet<Integer> yearsWithData;
    /** Tables of the years with data, indexed by {@code year - firstYear}; null for a gap. */
    private final YearTable[] tables;
    private final int firstYear;
    /** Weekend-only tables of years without data, built (and warned about) once per year. */
    private final Map<Integer, YearTable> fallbackTables = new ConcurrentHashMap<>();
    private volatile YearTable lastFallback;

    /**
     * @param years  the published years; at most one per year, each consistent
     *               (see {@link CalendarYear#problems()})
     * @param cutOff local time from which a receipt counts on the next working day
     * @param zone   the zone of the receiving office
     * @throws IllegalArgumentException when a year is listed twice or its data is inconsistent
     */
    public WorkingCalendar(Collection<CalendarYear> years, LocalTime cutOff, ZoneId zone) {
        this.cutOff = Objects.requireNonNull(cutOff, "cutOff");
        this.zone = Objects.requireNonNull(zone, "zone");
        TreeMap<Integer, CalendarYear> byYear = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (CalendarYear year : Objects.requireNonNull(years, "years")) {
            CalendarYear other = byYear.putIfAbsent(year.year(), year);
            if (other != null) {
                problems.add("year " + year.year() + " is given twice: " + other.source() + " and " + year.source());
            }
            year.problems().forEach(p -> problems.add(year.source() + ": " + p));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Inconsistent working-day calendar: " + String.join("; ", problems));
        }
        this.yearsWithData = Collections.unmodifiableSortedSet(new TreeSet<>(byYear.keySet()));
        if (byYear.isEmpty()) {
            this.firstYear = 0;
            this.tables = new YearTable[0];
        } else {
            this.firstYear = byYear.firstKey();
            this.tables = new YearTable[byYear.lastKey() - firstYear + 1];
            byYear.values().forEach(y -> tables[y.year() - firstYear] = YearTable.of(y));
        }
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
        YearTable t = table(year);
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
        YearTable t = table(year);
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
        YearTable first = table(fromYear);
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

    /** The weekdays off of {@code year} with their names, by date; empty for a year without data. */
    public List<CalendarDay> daysOff(int year) {
        return table(year).daysOff;
    }

    /** The weekend days worked in {@code year}, by date; empty for a year without data. */
    public List<CalendarDay> workingWeekendDays(int year) {
        return table(year).workingDays;
    }

    /** Whether published data exists for {@code year}; without it only weekends are off. */
    public boolean hasDataFor(int year) {
        return yearsWithData.contains(year);
    }

    /** The years with published data, ascending. */
    public SortedSet<Integer> yearsWithData() {
        return yearsWithData;
    }

    private YearTable table(int year) {
        int index = year - firstYear;
        if (index >= 0 && index < tables.length && tables[index] != null) {
            return tables[index];
        }
        YearTable last = lastFallback;
        if (last != null && last.year == year) {
            return last;
        }
        YearTable fallback = fallbackTables.computeIfAbsent(year, y -> {
            log.warn("No working-day calendar for {}: counting Saturdays and Sundays as the only days off. "
                    + "Add calendar/{}.yaml with the holidays and swapped days of that year.", y, y);
            return YearTable.of(new CalendarYear(y, List.of(), List.of(), "weekends only"));
        });
        lastFallback = fallback;
        return fallback;
    }

    /** One year: working days as bits by day of year (1-based) and a running count. */
    private static final class YearTable {

        final int year;
        final int length;
        final BitSet working;
        /** {@code countUpTo[d]} = working days among days 1..d of the year; {@code countUpTo[0] == 0}. */
        final int[] countUpTo;
        final List<CalendarDay> daysOff;
        final List<CalendarDay> workingDays;

        private YearTable(int year, BitSet working, List<CalendarDay> daysOff, List<CalendarDay> workingDays) {
            this.year = year;
            this.length = LocalDate.ofYearDay(year, 1).lengthOfYear();
            this.working = working;
            this.countUpTo = new int[length + 1];
            for (int d = 1; d <= length; d++) {
                countUpTo[d] = countUpTo[d - 1] + (working.get(d) ? 1 : 0);
            }
            this.daysOff = daysOff;
            this.workingDays = workingDays;
        }

        static YearTable of(CalendarYear data) {
            LocalDate first = LocalDate.ofYearDay(data.year(), 1);
            int length = first.lengthOfYear();
            BitSet working = new BitSet(length + 1);
            DayOfWeek dayOfWeek = first.getDayOfWeek();
            for (int d = 1; d <= length; d++) {
                if (!CalendarYear.isWeekend(dayOfWeek)) {
                    working.set(d);
                }
                dayOfWeek = dayOfWeek.plus(1);
            }
            data.daysOff().forEach(day -> working.clear(day.date().getDayOfYear()));
            data.workingDays().forEach(day -> working.set(day.date().getDayOfYear()));
            return new YearTable(data.year(), working, sorted(data.daysOff()), sorted(data.workingDays()));
        }

        private static List<CalendarDay> sorted(List<CalendarDay> days) {
            return days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
        }

        int total() {
            return countUpTo[length];
        }

        /** The first day of the year whose running count reaches {@code count} (1..total()). */
        int firstDayReaching(int count) {
            int low = 1;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (countUpTo[mid] < count) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
