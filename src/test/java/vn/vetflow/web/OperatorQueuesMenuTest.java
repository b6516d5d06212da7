package vn.vetflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.identity.Roles;
import vn.vetflow.notification.MailOutbox;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.VetflowTest;

/**
 * Operators find the outgoing queues from the menu, with what waits, what failed and for how long:
 * administrators the mail outbox and the national-portal sync, supervisors the sync only; everybody else
 * sees neither link and gets 403 from both pages.
 */
@VetflowTest
class OperatorQueuesMenuTest {

    private static final String RECIPIENT = "queue-menu@example.vn";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailOutbox mails;
    @Autowired AdjustableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        jdbc.update("delete from mail_outbox where recipient = ?", RECIPIENT);
    }

    @Test
    void administratorsSeeBothQueuesWithTheirFigures() throws Exception {
        Instant now = Instant.parse("2026-05-06T02:00:00Z");
        clock.setTo(now);
        long pendingBefore = mails.figures().pending();
        jdbc.update("insert into mail_outbox (dedup_key, recipient, subject, text_body, status, attempts, last_error,"
                        + " created_at, next_attempt_at) values ('queue-menu', ?, 'Thư thử', 'Nội dung', 'PENDING', 2,"
                        + " 'Connection timed out', ?, ?)", RECIPIENT, Timestamp.from(now.minus(Duration.ofMinutes(45))),
                Timestamp.from(now.plus(Duration.ofMinutes(2))));

        Document home = page("/", admin());
        String mailLink = home.select("#nav-mail-outbox").text();
        assertThat(home.select("#nav-mail-outbox").attr("href")).isEqualTo("/admin/mails");
        assertThat(mailLink).startsWith("Thư chờ gửi lại " + (pendingBefore + 1) + " chờ gửi lại · ")
                .containsPattern("\\d+ thất bại · chờ lâu nhất \\d+ phút");
        assertThat(minutes(mailLink)).isGreaterThanOrEqualTo(45);
        assertThat(home.select("#nav-national-portal").attr("href")).isEqualTo("/national-portal");
        assertThat(home.select("#nav-national-portal").text())
                .matches("Đồng bộ Cổng DVC quốc gia \\d+ chờ · \\d+ lỗi · chờ lâu nhất \\d+ phút");

        Document outbox = page("/admin/mails", admin());
        assertThat(outbox.select("#outbox-figures").text()).isEqualTo(home.select("#nav-mail-outbox span.badge").text());
        assertThat(outbox.select("#outbox tr[data-status=PENDING]").text()).contains(RECIPIENT, "Connection timed out");
        Document english = Jsoup.parse(mvc.perform(get("/admin/mails").param("lang", "en").with(admin()))
                .andReturn().getResponse().getContentAsString());
        assertThat(english.select("#outbox-figures").text()).containsPattern("\\d+ to retry · \\d+ failed · oldest \\d+ min");
    }

    @Test
    void supervisorsSeeTheSyncOnlyAndOthersNeither() throws Exception {
        Document supervisor = page("/", user("queue-supervisor").roles(Roles.SUPERVISOR));
        assertThat(supervisor.select("#nav-national-portal")).hasSize(1);
        assertThat(supervisor.select("#nav-mail-outbox")).isEmpty();
        mvc.perform(get("/national-portal").with(user("queue-supervisor").roles(Roles.SUPERVISOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/mails").with(user("queue-supervisor").roles(Roles.SUPERVISOR)))
                .andExpect(status().isForbidden());

        for (RequestPostProcessor other : List.of(user("queue-reception").roles(Roles.RECEPTION, "motcua"),
                user("queue-leader").roles(Roles.LEADER, "gdnn"), user("queue-inspector").roles(Roles.INSPECTOR, "kiemtra"),
                user("queue-applicant").roles(Roles.APPLICANT), user("queue-institution").roles(Roles.INSTITUTION))) {
            Document home = page("/", other);
            assertThat(home.select("#nav-mail-outbox, #nav-national-portal")).isEmpty();
            mvc.perform(get("/admin/mails").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/national-portal").with(other)).andExpect(status().isForbidden());
        }
    }

    private static RequestPostProcessor admin() {
        return user("queue-admin").roles(Roles.ADMIN);
    }

    private static long minutes(String figures) {
        String tail = figures.substring(figures.lastIndexOf("chờ lâu nhất ") + "chờ lâu nhất ".length());
        return Long.parseLong(tail.substring(0, tail.indexOf(' ')));
    }

    private Document page(String url, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
