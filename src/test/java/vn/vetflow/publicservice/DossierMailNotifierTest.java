package vn.vetflow.publicservice;

import vn.vetflow.tasks.TaskWork;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
}
