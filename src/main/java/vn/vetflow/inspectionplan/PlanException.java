package vn.vetflow.inspectionplan;

/**
 * A plan operation refused: the plan is not in a state that allows it, or the item is unknown or already
 * started. {@link #messageKey()} is a key of {@code i18n/inspectionplan.properties} users can read.
 */
public class PlanException extends RuntimeException {

    private final String messageKey;

    public PlanException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
