package vn.vetflow.notification;

import java.util.Objects;

/**
 * One mail to one recipient: a plain-text body always (every mail client reads it), an HTML body only
 * when the sender has one.
 */
public record OutgoingMail(String to, String subject, String textBody, String htmlBody) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        if (to.isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient");
        }
    }

    /** A plain-text mail. */
    public static OutgoingMail text(String to, String subject, String textBody) {
        return new OutgoingMail(to, subject, textBody, null);
    }
}
