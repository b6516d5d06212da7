package vn.vetflow.notification;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailer without an SMTP server (demo, tests, a developer's machine): logs that a mail was written
 * and keeps the last {@value #CAPACITY} in memory. Logs name the recipient only; subject and body can
 * carry personal data, so they are logged at DEBUG.
 */
public class CapturingMailer implements Mailer {

    public static final int CAPACITY = 200;

    private static final Logger log = LoggerFactory.getLogger(CapturingMailer.class);

    private final Clock clock;
    private final AtomicLong ids = new AtomicLong();
    /** Newest first. */
    private final Deque<CapturedMail> mails = new ArrayDeque<>();

    public CapturingMailer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMail mail) {
        CapturedMail captured = new CapturedMail(ids.incrementAndGet(), clock.instant(), mail);
        synchronized (mails) {
            mails.addFirst(captured);
            while (mails.size() > CAPACITY) {
                mails.removeLast();
            }
        }
        log.info("Mail #{} to {} captured, not sent (no spring.mail.host)", captured.id(), mail.to());
        log.debug("Mail #{} subject: {}\n{}", captured.id(), mail.subject(), mail.textBody());
    }

    /** Every kept mail, newest first. */
    public List<CapturedMail> all() {
        synchronized (mails) {
            return List.copyOf(mails);
        }
    }

    /** The kept mails addressed to {@code address} (case-insensitive), newest first. */
    public List<CapturedMail> to(String address) {
        if (address == null || address.isBlank()) {
            return List.of();
        }
        return all().stream().filter(m -> m.mail().to().equalsIgnoreCase(address.trim())).toList();
    }
}
