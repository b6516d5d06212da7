package vn.vetflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
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

/**
 * The calendar as of one revision of its data: the announced years (shipped files with the
 * administrators' changes applied) and, for every other year, the year computed from the Labour Code
 * ({@link StatutoryHolidays}). Immutable; tables of computed years are built on first use.
 */
final class CalendarState {

    /** Years whose tables are kept once built; outside this range a table is built per call. */
    private static final int FIRST_CACHED = 1900;
    private static final int LAST_CACHED = 2199;

    final String revision;
    private final Map<Integer, CalendarYear> announced;
    private final SortedSet<Integer> announcedYears;
    /** Built tables by {@code year - FIRST_CACHED}; racing writers store equal immutable tables. */
    private final YearTable[] tables = new YearTable[LAST_CACHED - FIRST_CACHED + 1];

    /**
     * @throws IllegalArgumentException when a year is listed twice or its data is inconsistent
     */
    CalendarState(String revision, Collection<CalendarYear> years) {
        this.revision = revision;
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
        this.announced = Collections.unmodifiableMap(byYear);
        this.announcedYears = Collections.unmodifiableSortedSet(new TreeSet<>(byYear.keySet()));
    }

    /** The year as it counts: announced if it was, computed from the law otherwise. */
    CalendarYear year(int year) {
        CalendarYear data = announced.get(year);
        return data != null ? data : StatutoryHolidays.of(year);
    }

    boolean isAnnounced(int year) {
        return announced.containsKey(year);
    }

    SortedSet<Integer> announcedYears() {
        return announcedYears;
    }

    YearTable table(int year) {
        if (year < FIRST_CACHED || year > LAST_CACHED) {
            return YearTable.of(year(year));
        }
        YearTable table = tables[year - FIRST_CACHED];
        if (table == null) {
            table = YearTable.of(year(year));
            tables[year - FIRST_CACHED] = table;
        }
        return table;
    }

    /** One year: working days as bits by day of year (1-based) and a running count. */
    static final class YearTable {

        final int year;
        final int length;
        final boolean confirmed;
        final BitSet working;
        /** {@code countUpTo[d]} = working days among days 1..d of the year; {@code countUpTo[0] == 0}. */
        final int[] countUpTo;
        final List<CalendarDay> daysOff;
        final List<CalendarDay> workingDays;

        private YearTable(CalendarYear data, BitSet working) {
            this.year = data.year();
            this.length = LocalDate.ofYearDay(year, 1).lengthOfYear();
            this.confirmed = data.confirmed();
            this.working = working;
            this.countUpTo = new int[length + 1];
            for (int d = 1; d <= length; d++) {
                countUpTo[d] = countUpTo[d - 1] + (working.get(d) ? 1 : 0);
            }
            this.daysOff = sorted(data.daysOff());
            this.workingDays = sorted(data.workingDays());
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
            return new YearTable(data, working);
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
