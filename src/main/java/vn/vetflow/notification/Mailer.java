package vn.vetflow.notification;

/**
 * Sends mail. The only way vetflow sends mail, so tests and the demo can swap SMTP for a mailbox in
 * memory. Implementations throw Spring's unchecked {@code MailException} when a mail cannot go out.
 */
public interface Mailer {

    void send(OutgoingMail mail);
}
