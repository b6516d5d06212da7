package vn.vetflow.publicservice;

import vn.vetflow.tasks.TaskWork;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.notification.CapturingMailer;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/** The applicant hears of every change that concerns them, in Vietnamese, with what is asked of them. */
@VetflowTest
class DossierMailNotifierTest {

    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired TaskWork work;
    @Autowired TaskService tasks;
    @Autowired CapturingMailer mailbox;
    @Autowired vn.vetflow.support.EventPublications publications;
    @Autowired JdbcTemplate jdbc;

    @Test
    void filingAndASupplementRequestAreMailed() {
        String user = "mailtest" + UUID.randomUUID().toString().substring(0, 6);
        Dossier dossier = submission.submit(submissions.valid("P1", user, UUID.randomUUID().toString())).dossier();
        String address = user + "@example.vn";
        publications.awaitReactions();
        assertThat(mailbox.to(address)).anySatisfy(mail -> {
            assertThat(mail.mail().subject()).contains(dossier.getCode()).contains("Mới đăng ký");
            assertThat(mail.mail().textBody()).contains("/my/dossiers/" + dossier.getCode());
        });

        var reception = tasks.createTaskQuery().processInstanceBusinessKey(dossier.getCode()).singleResult();
        work.complete(reception.getId(), "tiepnhan", List.of("reception", "motcua"),
                Map.of("receptionDecision", "SUPPLEMENT", "decisionNote", "Bổ sung danh sách nhà giáo cơ hữu"));
        publications.awaitReactions();
        assertThat(mailbox.to(address)).anySatisfy(mail -> {
            assertThat(mail.mail().subject()).contains("Yêu cầu bổ sung");
            assertThat(mail.mail().textBody()).contains("Bổ sung danh sách nhà giáo cơ hữu");
        });
    }

    @Test
    void internalHandOversLeaveNoRowInTheEventPublicationRegistry() {
        String user = "mailtest" + UUID.randomUUID().toString().substring(0, 6);
        Dossier dossier = submission.submit(submissions.valid("P1", user, UUID.randomUUID().toString())).dossier();
        var reception = tasks.createTaskQuery().processInstanceBusinessKey(dossier.getCode()).singleResult();
        work.complete(reception.getId(), "tiepnhan", List.of("reception", "motcua"),
                Map.of("receptionDecision", "ACCEPT"));
        publications.awaitReactions();

        // Filed (NEW) and received (RECEIVED) are announced; the hand-over to processing (PROCESSING) is not.
        List<String> forTheMailer = jdbc.queryForList("select serialized_event from event_publication"
                + " where listener_id like '%DossierMailNotifier%' and serialized_event like ?", String.class,
                "%" + dossier.getCode() + "%");
        assertThat(forTheMailer).hasSize(2).noneMatch(event -> event.contains("\"to\":\"PROCESSING\""));
        // ...though the dossier was handed over to processing, with its history row.
        assertThat(jdbc.queryForObject("select count(*) from dossier_history h join dossier d on d.id = h.dossier_id"
                + " where d.code = ? and h.status = 4", Integer.class, dossier.getCode())).isPositive();
    }
}
