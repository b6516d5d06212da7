package vn.vetflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.identity.Roles;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.VetflowTest;

/**
 * A mail the server refuses is kept, retried with growing pauses until it goes out (once), given up on
 * after the last attempt, never dropped; administrators (only) see what is pending or failed.
 */
@VetflowTest
class MailOutboxTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired AdjustableClock clock;
    @Autowired MockMvc mvc;
    @Autowired TransactionTemplate transaction;

    /** A mail server that refuses while {@link #down} is true, and counts what it took. */
    static class FlakyServer implements Mailer {
        boolean down = true;
        final List<OutgoingMail> delivered = new ArrayList<>();

        @Override
        public void send(OutgoingMail mail) {
            if (down) {
                throw new MailSendException("Connection timed out");
            }
            delivered.add(mail);
        }
    }

    @AfterEach
    void reset() {
        clock.reset();
        jdbc.update("delete from mail_outbox where recipient like 'outbox-%'");
    }

    @Test
    void aRefusedMailIsRetriedWithBackOffAndGoesOutOnce() {
        clock.setTo(java.time.Instant.parse("2026-05-04T02:00:00Z"));
        FlakyServer server = new FlakyServer();
        MailOutbox outbox = new MailOutbox(jdbc, server, clock);
        String to = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        Object event = "DossierStatusChanged[code=X-1, to=RECEIVED]";

        outbox.send(OutgoingMail.text(to, "Hồ sơ X-1", "Đã tiếp nhận"), event);
        assertThat(row(to)).containsEntry("STATUS", "PENDING").containsEntry("ATTEMPTS", 1);
        assertThat((String) row(to).get("LAST_ERROR")).contains("Connection timed out");

        outbox.retryDue();
        assertThat(row(to)).containsEntry("ATTEMPTS", 1); // the first pause (1 minute) is not over
        clock.advance(Duration.ofMinutes(1));
        outbox.retryDue();
        assertThat(row(to)).containsEntry("STATUS", "PENDING").containsEntry("ATTEMPTS", 2);
        clock.advance(Duration.ofMinutes(1));
        outbox.retryDue();
        assertThat(row(to)).containsEntry("ATTEMPTS", 2); // now it waits 2 minutes

        server.down = false;
        clock.advance(Duration.ofMinutes(1));
        assertThat(outbox.retryDue()).isEqualTo(1);
        assertThat(row(to)).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 3);
        assertThat(server.delivered).extracting(OutgoingMail::to).containsExactly(to);

        // The same reaction run again (resubmitted after a crash) mails nothing more.
        outbox.send(OutgoingMail.text(to, "Hồ sơ X-1", "Đã tiếp nhận"), event);
        clock.advance(Duration.ofHours(1));
        outbox.retryDue();
        assertThat(server.delivered).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, to))
                .isEqualTo(1);
    }

    @Test
    void afterTheLastAttemptAMailIsMarkedFailedAndStaysListed() throws Exception {
        clock.setTo(java.time.Instant.parse("2026-05-05T02:00:00Z"));
        FlakyServer server = new FlakyServer();
        MailOutbox outbox = new MailOutbox(jdbc, server, clock);
        String to = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        outbox.send(OutgoingMail.text(to, "Thư thử nghiệm", "Nội dung"), "event-" + to);
        for (int i = 1; i < MailOutbox.MAX_ATTEMPTS; i++) {
            clock.advance(Duration.ofHours(6));
            outbox.retryDue();
        }
        assertThat(row(to)).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", MailOutbox.MAX_ATTEMPTS);
        assertThat(outbox.unsent()).anySatisfy(e -> assertThat(e.recipient()).isEqualTo(to));

        mvc.perform(get("/admin/mails").with(user("outboxadmin").roles(Roles.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString(to)))
                .andExpect(content().string(containsString("Gửi thất bại")));
        mvc.perform(get("/admin/mails").param("lang", "en").with(user("outboxadmin").roles(Roles.ADMIN)))
                .andExpect(content().string(containsString("Failed")));
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() throws Exception {
        mvc.perform(get("/admin/mails")).andExpect(redirectedUrlPattern("**/login"));
        for (String role : List.of(Roles.SUPERVISOR, Roles.LEADER, Roles.RECEPTION, Roles.SPECIALIST,
                Roles.INSPECTOR, Roles.APPLICANT, Roles.INSTITUTION)) {
            mvc.perform(get("/admin/mails").with(user("outbox" + role).roles(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/mails").with(user("outboxadmin").roles(Roles.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void twoRunsOfOneReactionAtOnceSendOneMail() throws Exception {
        String to = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        OutgoingMail mail = OutgoingMail.text(to, "Hồ sơ X-2", "Đã tiếp nhận");
        Object event = "DossierStatusChanged[code=X-2, to=RECEIVED, at=" + to + "]";
        List<OutgoingMail> delivered = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> secondFailure = new AtomicReference<>();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // While the first run hands the mail to the server (its claim not yet committed), a resubmitted
            // second run of the same reaction goes all the way through on another connection. Without the claim
            // it would send a second copy; with it, it waits on the first one's claim until its lock time-out
            // (shortened for this session) and gives up, so the first run only goes on once the second ended.
            MailOutbox second = new MailOutbox(jdbc, delivered::add, clock);
            Mailer slowServer = outgoing -> {
                Future<?> run = other.submit(() -> transaction.executeWithoutResult(s -> {
                    jdbc.execute("SET LOCK_TIMEOUT 1000");
                    try {
                        second.send(mail, event);
                    } finally {
                        jdbc.execute("SET LOCK_TIMEOUT 30000");
                    }
                }));
                try {
                    run.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException refused) {
                    secondFailure.set(refused.getCause());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                delivered.add(outgoing);
            };
            MailOutbox first = new MailOutbox(jdbc, slowServer, clock);
            transaction.executeWithoutResult(s -> first.send(mail, event));
        } finally {
            other.shutdownNow();
        }
        // The second run was refused on the claim's row: its publication stays incomplete and is retried later.
        assertThat(secondFailure.get()).isInstanceOf(DataAccessException.class);
        assertThat(secondFailure.get().getMessage()).containsIgnoringCase("MAIL_SEND_CLAIM");
        assertThat(delivered).hasSize(1);
        // Its retry finds the mail sent and sends nothing.
        transaction.executeWithoutResult(s -> new MailOutbox(jdbc, delivered::add, clock).send(mail, event));
        assertThat(delivered).hasSize(1);
        assertThat(row(to)).containsEntry("STATUS", "SENT");
    }

    @Test
    void pausesDoubleUpToSixHours() {
        assertThat(MailOutbox.pause(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailOutbox.pause(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailOutbox.pause(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(MailOutbox.pause(30)).isEqualTo(Duration.ofHours(6));
    }

    private Map<String, Object> row(String to) {
        return jdbc.queryForMap("select status, attempts, last_error from mail_outbox where recipient = ?", to);
    }
}
