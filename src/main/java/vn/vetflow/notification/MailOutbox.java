package vn.vetflow.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How reactions send mail: at once, and when the mail server fails, kept in {@code mail_outbox} (Flyway V41)
 * and retried with growing pauses (1, 2, 4 … minutes, at most 6 hours between tries) until it goes out or,
 * after {@value #MAX_ATTEMPTS} attempts, is marked FAILED; administrators see pending and failed mails with
 * their attempts and last error at {@code /admin/mails}. Never silently dropped.
 *
 * <p>Exactly once per event: every mail is recorded with a key made from the event and the recipient, and a
 * reaction run again (resubmitted after a crash, within {@link #DEDUP_WINDOW}) finds its mail already there.
 * Two runs of one reaction at the same time (a publication resubmitted on another node while its first run
 * is still going) send once: the first claims the mail's key ({@code mail_send_claim}), the second waits on it
 * and fails. The mail carries a Message-ID made from the key, so the one case left, a crash between handing
 * the mail to the server and the commit, shows as the same Message-ID twice.
 * Runs in the caller's transaction (a registry listener's own), on its one connection.
 */
@Service
public class MailOutbox {

    static final int MAX_ATTEMPTS = 8;
    static final Duration DEDUP_WINDOW = Duration.ofHours(6);
    private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(6);
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    /** A row of the outbox as the administrators' page shows it. */
    public record Entry(long id, String recipient, String subject, String status, int attempts, String lastError,
                        Instant createdAt, Instant nextAttemptAt) {
    }

    private final JdbcTemplate jdbc;
    private final Mailer mailer;
    private final Clock clock;

    MailOutbox(JdbcTemplate jdbc, Mailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Sends the mail now, or keeps it for a retry when the server fails.
     *
     * @param reason what caused the mail (the event: a record's text is enough), which makes it unique
     *               together with the recipient
     */
    @Transactional
    public void send(OutgoingMail mail, Object reason) {
        String key = key(reason, mail.to());
        Instant now = clock.instant();
        Integer already = jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = ? and created_at > ?",
                Integer.class, key, Timestamp.from(now.minus(DEDUP_WINDOW)));
        if (already != null && already > 0) {
            return;
        }
        claim(key, now);
        try {
            mailer.send(mail, key);
            jdbc.update("insert into mail_outbox (dedup_key, recipient, subject, text_body, html_body, status, attempts,"
                            + " created_at, sent_at) values (?,?,?,?,?,'SENT',1,?,?)", key, mail.to(), mail.subject(),
                    mail.textBody(), mail.htmlBody(), Timestamp.from(now), Timestamp.from(now));
        } catch (MailException e) {
            log.warn("Mail to be retried: {}", e.getMessage());
            jdbc.update("insert into mail_outbox (dedup_key, recipient, subject, text_body, html_body, status, attempts,"
                            + " last_error, created_at, next_attempt_at) values (?,?,?,?,?,'PENDING',1,?,?,?)", key,
                    mail.to(), mail.subject(), mail.textBody(), mail.htmlBody(), error(e), Timestamp.from(now),
                    Timestamp.from(now.plus(pause(1))));
        }
    }

    /**
     * Claims the mail's key in this transaction. A concurrent run of the same reaction (resubmitted while
     * this one is still going) blocks on the key until this transaction ends and then fails, so it never
     * sends a second copy; its publication stays incomplete and its retry finds the mail sent.
     */
    private void claim(String key, Instant now) {
        // A committed claim without its mail in the window is stale (the mail is older or was removed).
        jdbc.update("delete from mail_send_claim where dedup_key = ? and not exists (select 1 from mail_outbox"
                + " where dedup_key = ? and created_at > ?)", key, key, Timestamp.from(now.minus(DEDUP_WINDOW)));
        jdbc.update("insert into mail_send_claim (dedup_key, claimed_at) values (?, ?)", key, Timestamp.from(now));
    }

    @Scheduled(fixedDelayString = "${vetflow.mail.retry-every:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "mail-retries", lockAtMostFor = "PT10M")
    void scheduledRetry() {
        retryDue();
    }

    /** Tries every pending mail whose pause is over; returns how many went out. */
    @Transactional
    public int retryDue() {
        Instant now = clock.instant();
        List<Object[]> due = jdbc.query("select id, recipient, subject, text_body, html_body, attempts, dedup_key"
                        + " from mail_outbox where status = 'PENDING' and next_attempt_at <= ? order by id",
                (rs, i) -> new Object[] {rs.getLong(1), new OutgoingMail(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), rs.getInt(6), rs.getString(7)}, Timestamp.from(now));
        int sent = 0;
        for (Object[] row : due) {
            long id = (Long) row[0];
            int attempts = (Integer) row[2] + 1;
            try {
                mailer.send((OutgoingMail) row[1], (String) row[3]);
                jdbc.update("update mail_outbox set status = 'SENT', attempts = ?, sent_at = ?, next_attempt_at = null"
                        + " where id = ?", attempts, Timestamp.from(now), id);
                sent++;
            } catch (MailException e) {
                boolean giveUp = attempts >= MAX_ATTEMPTS;
                jdbc.update("update mail_outbox set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?"
                        + " where id = ?", giveUp ? "FAILED" : "PENDING", attempts, error(e),
                        giveUp ? null : Timestamp.from(now.plus(pause(attempts))), id);
            }
        }
        return sent;
    }

    /** The queue at a glance, for the administrators' menu and page: waiting, given up on, oldest waiting. */
    public record Figures(long pending, long failed, long oldestMinutes) {
    }

    @Transactional(readOnly = true)
    public Figures figures() {
        return jdbc.queryForObject("select sum(case when status = 'PENDING' then 1 else 0 end),"
                + " sum(case when status = 'FAILED' then 1 else 0 end),"
                + " min(case when status = 'PENDING' then created_at end) from mail_outbox where status <> 'SENT'",
                (rs, i) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3) == null ? 0
                        : Math.max(0, Duration.between(rs.getTimestamp(3).toInstant(), clock.instant()).toMinutes())));
    }

    /** Pending and failed mails, oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> unsent() {
        return jdbc.query("select id, recipient, subject, status, attempts, last_error, created_at, next_attempt_at"
                + " from mail_outbox where status <> 'SENT' order by id", (rs, i) -> new Entry(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()));
    }

    /** The pause after the given number of failed attempts: 1, 2, 4 … minutes, at most six hours. */
    static Duration pause(int failedAttempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private static String error(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static String key(Object reason, String recipient) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((reason + "\n" + recipient).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
