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
import java.util.concurrent.CountDownLatch;
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
        CountDownLatch firstIsSending = new CountDownLatch(1);
        CountDownLatch serverAnswers = new CountDownLatch(1);
        List<OutgoingMail> delivered = new CopyOnWriteArrayList<>();
        Mailer slowServer = new Mailer() {
            @Override
            public void send(OutgoingMail outgoing) {
                firstIsSending.countDown();
                try {
                    serverAnswers.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                delivered.add(outgoing);
            }
        };
        MailOutbox outbox = new MailOutbox(jdbc, slowServer, clock);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // The first run is handing the mail to a slow server when a resubmitted second run starts.
            Future<?> first = threads.submit(() -> transaction.executeWithoutResult(s -> outbox.send(mail, event)));
            assertThat(firstIsSending.await(30, TimeUnit.SECONDS)).isTrue();
            AtomicReference<Thread> secondThread = new AtomicReference<>();
            Future<?> second = threads.submit(() -> {
                secondThread.set(Thread.currentThread());
                transaction.executeWithoutResult(s -> outbox.send(mail, event));
            });
            // The second waits inside the database on the first one's claim, or has given up on it.
            await().atMost(Duration.ofSeconds(30)).until(() -> second.isDone() || waitsInClaim(secondThread.get()));
            serverAnswers.countDown();
            first.get(30, TimeUnit.SECONDS);
            try {
                second.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // Refused on the claim: its publication stays incomplete and is retried later.
                assertThat(e.getCause()).isInstanceOf(DataAccessException.class);
            }
        } finally {
            threads.shutdownNow();
        }
        // The retry of the second run finds the mail sent.
        transaction.executeWithoutResult(s -> outbox.send(mail, event));
        assertThat(delivered).hasSize(1);
        assertThat(row(to)).containsEntry("STATUS", "SENT");
    }

    /** The thread is parked inside the database driver, called from {@code MailOutbox.claim}. */
    private static boolean waitsInClaim(Thread thread) {
        if (thread == null || (thread.getState() != Thread.State.WAITING
                && thread.getState() != Thread.State.TIMED_WAITING)) {
            return false;
        }
        List<StackTraceElement> frames = List.of(thread.getStackTrace());
        return frames.stream().anyMatch(f -> f.getClassName().startsWith("org.h2."))
                && frames.stream().anyMatch(f -> f.getClassName().equals(MailOutbox.class.getName())
                && f.getMethodName().equals("claim"));
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
