package vn.vetflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One listed day of the working-day calendar: a weekday off (holiday, Tết, swapped day) or a
 * weekend day that is worked to make up for a swapped day.
 *
 * @param date the day
 * @param name its label as published (Vietnamese), never {@code null}; may be empty
 */
public record CalendarDay(LocalDate date, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name.strip();
    }
}
