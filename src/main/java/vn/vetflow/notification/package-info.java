/**
 * Outgoing mail. Other modules write an {@link vn.vetflow.notification.OutgoingMail} (texts from their own
 * bundles) and hand it to the {@link vn.vetflow.notification.Mailer} port. With {@code spring.mail.host} set
 * the mail goes out by SMTP; without it a {@link vn.vetflow.notification.CapturingMailer} keeps the last
 * mails in memory, and the demo shows them at {@code /dev/mailbox}.
 *
 * <p>Reactions send through {@link vn.vetflow.notification.MailOutbox}: at once, or kept and retried with
 * back-off when the server fails, visible to administrators at {@code /admin/mails}.
 *
 * <p>Public API: {@link vn.vetflow.notification.MailOutbox}, {@link vn.vetflow.notification.Mailer}, {@link vn.vetflow.notification.OutgoingMail},
 * {@link vn.vetflow.notification.CapturingMailer} and {@link vn.vetflow.notification.CapturedMail}.
 */
// Mail knows the officers (identity) and nothing of processes.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity"})
package vn.vetflow.notification;
