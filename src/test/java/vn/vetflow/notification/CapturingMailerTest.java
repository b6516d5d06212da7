package vn.vetflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The capturing mailer keeps the newest mails, a bounded number of them, and finds them by recipient. */
class CapturingMailerTest {

    final CapturingMailer mailer = new CapturingMailer(Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"),
            ZoneOffset.UTC));

    @Test
    void keepsTheLatestTwoHundredNewestFirst() {
        for (int i = 1; i <= 205; i++) {
            mailer.send(OutgoingMail.text("a" + i + "@example.vn", "Thư " + i, "Nội dung"));
        }
        assertThat(mailer.all()).hasSize(CapturingMailer.CAPACITY);
        assertThat(mailer.all().get(0).mail().subject()).isEqualTo("Thư 205");
        assertThat(mailer.all().get(0).id()).isEqualTo(205);
        assertThat(mailer.all().get(199).mail().subject()).isEqualTo("Thư 6");
    }

    @Test
    void findsMailsByRecipientIgnoringCase() {
        mailer.send(OutgoingMail.text("an@example.vn", "Một", "x"));
        mailer.send(OutgoingMail.text("binh@example.vn", "Hai", "x"));
        mailer.send(OutgoingMail.text("An@Example.vn", "Ba", "x"));
        assertThat(mailer.to(" AN@example.vn ")).extracting(m -> m.mail().subject()).containsExactly("Ba", "Một");
        assertThat(mailer.to(null)).isEmpty();
        assertThat(mailer.to("")).isEmpty();
    }
}
