package vn.vetflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The published calendar of one year: the weekdays that are not worked and the weekend days that
 * are. Everything else follows the rule "Monday to Friday are working days".
 *
 * @param year        the calendar year
 * @param daysOff     weekdays that are not worked (public holidays, Tết, swapped days)
 * @param workingDays weekend days that are worked (make-up days for swapped days)
 * @param source      where the data came from, for messages and logs (a file, or "code")
 * @param confirmed   whether the year's schedule is the announced one, confirmed by an administrator (or
 *                    shipped as confirmed); otherwise the year is provisional and may still change
 */
public record CalendarYear(int year, List<CalendarDay> daysOff, List<CalendarDay> workingDays, String source,
                           boolean confirmed) {

    public CalendarYear {
        daysOff = List.copyOf(daysOff == null ? List.of() : daysOff);
        workingDays = List.copyOf(workingDays == null ? List.of() : workingDays);
        source = source == null || source.isBlank() ? "code" : source;
    }

    /** A confirmed year defined in code, e.g. in a unit test. */
    public CalendarYear(int year, List<CalendarDay> daysOff, List<CalendarDay> workingDays) {
        this(year, daysOff, workingDays, "code", true);
    }

    /** A confirmed year read from {@code source}. */
    public CalendarYear(int year, List<CalendarDay> daysOff, List<CalendarDay> workingDays, String source) {
        this(year, daysOff, workingDays, source, true);
    }

    /**
     * What is wrong with this year's data, one message per problem naming the entry; empty when the
     * data is consistent. The rules: every date lies in {@link #year()}; {@code daysOff} lists only
     * weekdays (weekends are off anyway); {@code workingDays} lists only Saturdays and Sundays; no
     * date is listed twice, within a list or across both.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<LocalDate, String> seen = new HashMap<>();
        check("daysOff", daysOff, false, seen, problems);
        check("workingDays", workingDays, true, seen, problems);
        return problems;
    }

    private void check(String list, List<CalendarDay> days, boolean mustBeWeekend,
                       Map<LocalDate, String> seen, List<String> problems) {
        for (int i = 0; i < days.size(); i++) {
            CalendarDay day = Objects.requireNonNull(days.get(i), "calendar day");
            String entry = describe(list, i, day);
            LocalDate date = day.date();
            if (date.getYear() != year) {
                problems.add(entry + ": the date is outside the year " + year);
            }
            boolean weekend = isWeekend(date.getDayOfWeek());
            if (mustBeWeekend && !weekend) {
                problems.add(entry + ": " + date + " is a " + dayName(date)
                        + "; workingDays lists only Saturdays and Sundays that are worked");
            } else if (!mustBeWeekend && weekend) {
                problems.add(entry + ": " + date + " is a " + dayName(date)
                        + "; daysOff lists only weekdays (weekends are off anyway)");
            }
            String earlier = seen.putIfAbsent(date, entry);
            if (earlier == null) {
                continue;
            }
            if (earlier.startsWith(list + " ")) {
                problems.add(entry + ": " + date + " is listed twice (see " + earlier + ")");
            } else {
                problems.add(entry + ": " + date + " is listed under both daysOff and workingDays (see "
                        + earlier + "); a date is either a day off or a working day");
            }
        }
    }

    static String describe(String list, int index, CalendarDay day) {
        return list + " entry " + (index + 1) + " {date: " + day.date() + ", name: \"" + day.name() + "\"}";
    }

    static boolean isWeekend(DayOfWeek dayOfWeek) {
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    private static String dayName(LocalDate date) {
        String name = date.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
