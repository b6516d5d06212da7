package vn.vetflow.inspection;

/**
 * A transition the inspection's state does not allow (a step out of order, a document not there yet):
 * answered 409 with the message {@code messageKey}; nothing was stored.
 */
public class InspectionStateException extends RuntimeException {

    private final String messageKey;

    public InspectionStateException(String code, String messageKey) {
        super("Inspection " + code + ": " + messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
