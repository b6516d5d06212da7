package vn.vetflow.calendar;

/** A change of the calendar that cannot be made; {@link #messageKey()} explains why, in the calendar bundle. */
public class CalendarChangeRejected extends RuntimeException {

    private final String messageKey;

    CalendarChangeRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
