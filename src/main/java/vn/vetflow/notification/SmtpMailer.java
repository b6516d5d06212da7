package vn.vetflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through the SMTP server of {@code spring.mail.*}; UTF-8 throughout (Vietnamese diacritics). */
class SmtpMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

    private final JavaMailSender sender;
    private final String from;

    SmtpMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(OutgoingMail mail) {
        send(mail, null);
    }

    /** With a key, the Message-ID is made from it: the same mail sent twice carries the same Message-ID. */
    @Override
    public void send(OutgoingMail mail, String key) {
        MimeMessage message = sender.createMimeMessage();
        try {
            boolean html = mail.htmlBody() != null;
            MimeMessageHelper helper = new MimeMessageHelper(message, html, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            if (html) {
                helper.setText(mail.textBody(), mail.htmlBody());
            } else {
                helper.setText(mail.textBody());
            }
            if (key != null) {
                // JavaMailSenderImpl keeps a Message-ID set before sending instead of generating one.
                message.setHeader("Message-ID", "<" + key + "@vetflow>");
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
        log.info("Mail sent to {}", mail.to());
    }
}
