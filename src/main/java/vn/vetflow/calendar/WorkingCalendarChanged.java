package vn.vetflow.calendar;

/**
 * An administrator changed or confirmed a year of the working-day calendar. Published in the changing
 * transaction: the audit trail writes its line there, and durable listeners (appointment dates of running
 * dossiers) react once it committed.
 *
 * @param year      the year changed
 * @param confirmed whether the change was the confirmation of the year
 * @param detail    what changed, for the audit trail, e.g. {@code "DAY_OFF 2027-02-12"}
 * @param changedBy the administrator's user name
 */
public record WorkingCalendarChanged(int year, boolean confirmed, String detail, String changedBy) {
}
