package vn.vetflow.calendar;

/**
 * How a step or a dossier finished against its due date. Labels live in the message bundle
 * {@code i18n/calendar} under {@link #messageKey()}.
 */
public enum Timeliness {
    /** Finished before the due date (trước hạn). */
    EARLY,
    /** Finished on the due date (đúng hạn). */
    ON_TIME,
    /** Finished after the due date (quá hạn). */
    LATE;

    /** The message key of this value's label, e.g. {@code calendar.timeliness.ON_TIME}. */
    public String messageKey() {
        return "calendar.timeliness." + name();
    }
}
