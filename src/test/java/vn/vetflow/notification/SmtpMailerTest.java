package vn.vetflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP mailer against a real (GreenMail) SMTP server: UTF-8 subject and body, HTML as an alternative. */
class SmtpMailerTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void sendsVietnameseTextAndHtml() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        SmtpMailer mailer = new SmtpMailer(sender, "vetflow <no-reply@vetflow.local>");

        mailer.send(OutgoingMail.text("an@example.vn", "[vetflow] Đặt lại mật khẩu", "Kính gửi ông Nguyễn Văn An"));
        mailer.send(new OutgoingMail("binh@example.vn", "Thông báo", "Văn bản", "<p>Văn bản <b>HTML</b></p>"));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("[vetflow] Đặt lại mật khẩu");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("an@example.vn");
        assertThat(received[0].getFrom()[0].toString()).contains("no-reply@vetflow.local");
        assertThat(received[0].getContent().toString()).contains("Kính gửi ông Nguyễn Văn An");
        String second = GreenMailUtil.getWholeMessage(received[1]);
        assertThat(second).contains("multipart/alternative").contains("text/html");
    }

    @Test
    void aMailSentAgainUnderItsKeyCarriesTheSameMessageId() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        SmtpMailer mailer = new SmtpMailer(sender, "vetflow <no-reply@vetflow.local>");
        OutgoingMail mail = OutgoingMail.text("an@example.vn", "Hồ sơ đã tiếp nhận", "Kính gửi ông An");

        mailer.send(mail, "0123abcd");
        mailer.send(mail, "0123abcd");
        mailer.send(mail);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(received[0].getMessageID()).isEqualTo("<0123abcd@vetflow>");
        assertThat(received[1].getMessageID()).isEqualTo("<0123abcd@vetflow>");
        assertThat(received[2].getMessageID()).isNotEqualTo("<0123abcd@vetflow>");
    }
}
