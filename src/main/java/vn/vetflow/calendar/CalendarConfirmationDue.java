package vn.vetflow.calendar;

import java.time.LocalDate;

/**
 * The daily check found next year's calendar still unconfirmed: administrators are reminded by mail.
 *
 * @param year the unconfirmed year
 * @param on   the day of the check (one reminder per day)
 */
public record CalendarConfirmationDue(int year, LocalDate on) {
}
