package vn.vetflow.kpi;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A reporting period: a month, quarter or year, under one of two conventions. {@code DECREE_09} is the
 * state reporting cut-off of Decree 09/2019 (month = 15th of the previous month to the 14th; quarter = 15th
 * of the month before the quarter to the 14th of its last month; year = 15 Dec to 14 Dec); {@code CALENDAR}
 * is the plain calendar.
 */
public record Period(Kind kind, Convention convention, int year, int index, LocalDate from, LocalDate to) {

    public enum Kind { MONTH, QUARTER, YEAR }

    public enum Convention { DECREE_09, CALENDAR }

    static Period of(Kind kind, Convention convention, int year, int index) {
        LocalDate calendarFrom;
        LocalDate calendarTo;
        switch (kind) {
            case MONTH -> {
                YearMonth month = YearMonth.of(year, index);
                calendarFrom = month.atDay(1);
                calendarTo = month.atEndOfMonth();
            }
            case QUARTER -> {
                calendarFrom = LocalDate.of(year, (index - 1) * 3 + 1, 1);
                calendarTo = calendarFrom.plusMonths(3).minusDays(1);
            }
            default -> {
                calendarFrom = LocalDate.of(year, 1, 1);
                calendarTo = LocalDate.of(year, 12, 31);
            }
        }
        if (convention == Convention.CALENDAR) {
            return new Period(kind, convention, year, index, calendarFrom, calendarTo);
        }
        LocalDate from = calendarFrom.minusMonths(1).withDayOfMonth(15);
        LocalDate to = calendarTo.withDayOfMonth(14);
        return new Period(kind, convention, year, index, from, to);
    }

    /** The period of this kind and convention that contains the day. */
    static Period containing(Kind kind, Convention convention, LocalDate day) {
        LocalDate shifted = convention == Convention.DECREE_09 && day.getDayOfMonth() >= 15 ? day.plusMonths(1) : day;
        int index = switch (kind) {
            case MONTH -> shifted.getMonthValue();
            case QUARTER -> (shifted.getMonthValue() - 1) / 3 + 1;
            case YEAR -> 1;
        };
        return of(kind, convention, shifted.getYear(), index);
    }

    /**
     * The same period cut at {@code day} when that comes before its end: what the figures of a period still under
     * way are computed on, so that a dossier running today is judged today, not at the period's future end (a
     * dossier due 10/12 is not overdue on 06/12).
     */
    public Period upTo(LocalDate day) {
        return day.isBefore(to) ? new Period(kind, convention, year, index, from, day.isBefore(from) ? from : day) : this;
    }

    Period previous() {
        return switch (kind) {
            case MONTH -> index == 1 ? of(kind, convention, year - 1, 12) : of(kind, convention, year, index - 1);
            case QUARTER -> index == 1 ? of(kind, convention, year - 1, 4) : of(kind, convention, year, index - 1);
            case YEAR -> of(kind, convention, year - 1, 1);
        };
    }

    /** A short label: 03/2026, Q1/2026, 2026. */
    public String label() {
        return switch (kind) {
            case MONTH -> String.format("%02d/%d", index, year);
            case QUARTER -> "Q" + index + "/" + year;
            case YEAR -> Integer.toString(year);
        };
    }

    /** The URL parameter: 2026-03, 2026-Q1, 2026. */
    public String param() {
        return switch (kind) {
            case MONTH -> String.format("%d-%02d", year, index);
            case QUARTER -> year + "-Q" + index;
            case YEAR -> Integer.toString(year);
        };
    }

    /** Parses {@link #param()}; null or garbage gives the period containing {@code today}. */
    static Period parse(String text, Convention convention, LocalDate today) {
        try {
            if (text != null && text.matches("\\d{4}-\\d{2}")) {
                int month = Integer.parseInt(text.substring(5));
                if (month >= 1 && month <= 12) {
                    return of(Kind.MONTH, convention, Integer.parseInt(text.substring(0, 4)), month);
                }
            } else if (text != null && text.matches("\\d{4}-Q[1-4]")) {
                return of(Kind.QUARTER, convention, Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
            } else if (text != null && text.matches("\\d{4}")) {
                return of(Kind.YEAR, convention, Integer.parseInt(text), 1);
            }
        } catch (RuntimeException ignored) {
            // falls through to the current month
        }
        return containing(Kind.MONTH, convention, today);
    }
}
