package vn.vetflow.notification;

/**
 * Sends mail. The only way vetflow sends mail, so tests and the demo can swap SMTP for a mailbox in
 * memory. Implementations throw Spring's unchecked {@code MailException} when a mail cannot go out.
 */
public interface Mailer {

    void send(OutgoingMail mail);

    /**
     * Sends the mail under a key that stays the same when the same mail is sent again (a retry, a reaction
     * resubmitted after a crash), so a receiving server and the cluster test's mail sink can recognise a
     * second copy. Mailers without a use for it ignore the key.
     */
    default void send(OutgoingMail mail, String key) {
        send(mail);
    }
}
