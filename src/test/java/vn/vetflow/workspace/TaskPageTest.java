package vn.vetflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.audit.AuditAction;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.dossier.Attachment;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.publicservice.PublicServiceProcess;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestDocuments;
import vn.vetflow.support.VetflowTest;

/** The task page as a reception officer, a specialist and an applicant meet it. */
@VetflowTest
class TaskPageTest {

    static final RequestPostProcessor RECEPTION = user("tpreception").roles("reception", "motcua");
    static final RequestPostProcessor SPECIALIST = user("tpspecialist").roles("specialist", "gdnn");
    static final RequestPostProcessor APPLICANT = user("tpapplicant").roles("applicant");

    @Autowired MockMvc mvc;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired PublicServiceProcess process;
    @Autowired DossierService dossiers;
    @Autowired TestDocuments documents;
    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;

    Dossier dossier;
    Task task;

    @BeforeEach
    void newDossier() {
        dossier = submission.submit(submissions.valid("P1", "tpapplicant", UUID.randomUUID().toString())).dossier();
        List<Task> open = process.openTasksOf(dossier.getCode());
        assertThat(open).hasSize(1);
        task = open.get(0);
    }

    @Test
    void aReceptionOfficerSeesTheCaseFileAndAccepts() throws Exception {
        Attachment file = dossiers.attachments(dossier).get(0);
        mvc.perform(get("/workspace/tasks/{id}", task.getId()).with(RECEPTION))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(dossier.getCode())))
                .andExpect(content().string(containsString(TestSubmissions.applicant("tpapplicant").name())))
                .andExpect(content().string(containsString(
                        "/workspace/dossiers/" + dossier.getCode() + "/attachments/" + file.getId())))
                .andExpect(content().string(containsString("name=\"f.receptionDecision\"")))
                .andExpect(content().string(containsString("Nhận xử lý")))
                .andExpect(content().string(containsString("?preview=" + file.getId())))
                .andExpect(content().string(not(containsString("id=\"preview\""))));
        mvc.perform(get("/workspace/tasks/{id}", task.getId()).param("preview", file.getId().toString()).with(RECEPTION))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"preview\"")))
                .andExpect(content().string(containsString("src=\"/workspace/dossiers/" + dossier.getCode()
                        + "/attachments/" + file.getId() + "\"")));

        mvc.perform(post("/workspace/tasks/{id}", task.getId()).with(RECEPTION).with(csrf())
                        .param("dossierCode", dossier.getCode()).param("f.receptionDecision", "ACCEPT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/workspace"))
                .andExpect(flash().attribute("flash", "casefile.flash.completed"));
        assertThat(dossiers.get(dossier.getCode()).getStatus()).isEqualTo(DossierStatus.PROCESSING);

        long receipt = documents.awaitReady(dossier).get(0).id();
        mvc.perform(get("/workspace/dossiers/{code}/documents/{id}", dossier.getCode(), receipt).with(SPECIALIST))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("inline")));
        mvc.perform(get("/workspace/dossiers/{code}/documents/{id}", dossier.getCode(), receipt).with(APPLICANT))
                .andExpect(status().isForbidden());
        assertThat(audit.ofDossier(dossier.getCode())).anyMatch(e -> e.getAction().equals(AuditAction.DOCUMENT_DOWNLOADED)
                && e.getUsername().equals("tpspecialist") && ("document " + receipt).equals(e.getDetail()));
    }

    @Test
    void anInvalidDecisionKeepsTheTypedNoteAndShowsTheSummary() throws Exception {
        mvc.perform(post("/workspace/tasks/{id}", task.getId()).with(RECEPTION).with(csrf())
                        .param("dossierCode", dossier.getCode()).param("f.decisionNote", "Thiếu bản sao <giấy phép>"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#field-receptionDecision\"")))
                .andExpect(content().string(containsString("Thiếu bản sao &lt;giấy phép&gt;")));
        assertThat(dossiers.get(dossier.getCode()).getStatus()).isEqualTo(DossierStatus.NEW);
        assertThat(process.openTasksOf(dossier.getCode())).extracting(Task::getId).containsExactly(task.getId());
    }

    @Test
    void aSecondSubmitOfTheSameTaskSaysItWasHandled() throws Exception {
        mvc.perform(post("/workspace/tasks/{id}", task.getId()).with(RECEPTION).with(csrf())
                        .param("dossierCode", dossier.getCode()).param("f.receptionDecision", "ACCEPT"))
                .andExpect(status().is3xxRedirection());
        int lines = history();

        mvc.perform(post("/workspace/tasks/{id}", task.getId()).with(RECEPTION).with(csrf())
                        .param("dossierCode", dossier.getCode()).param("f.receptionDecision", "ACCEPT"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Hồ sơ đã được cán bộ khác xử lý")))
                .andExpect(content().string(containsString("Đang xử lý")));
        assertThat(history()).isEqualTo(lines);

        mvc.perform(get("/workspace/tasks/{id}", task.getId()).with(RECEPTION))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("đã được xử lý")))
                .andExpect(content().string(containsString("href=\"/workspace\"")));
    }

    @Test
    void onlyTheTasksGroupMayOpenIt() throws Exception {
        mvc.perform(get("/workspace/tasks/{id}", task.getId()).with(SPECIALIST)).andExpect(status().isForbidden());
        mvc.perform(post("/workspace/tasks/{id}", task.getId()).with(SPECIALIST).with(csrf())
                .param("f.receptionDecision", "ACCEPT")).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/tasks/{id}", task.getId()).with(APPLICANT)).andExpect(status().isForbidden());
        mvc.perform(post("/workspace/tasks/{id}", task.getId()).with(RECEPTION)
                .param("f.receptionDecision", "ACCEPT")).andExpect(status().isForbidden());
        assertThat(dossiers.get(dossier.getCode()).getStatus()).isEqualTo(DossierStatus.NEW);
    }

    @Test
    void claimingAssignsTheTask() throws Exception {
        mvc.perform(post("/workspace/tasks/{id}/claim", task.getId()).with(RECEPTION).with(csrf()))
                .andExpect(redirectedUrl("/workspace/tasks/" + task.getId()));
        assertThat(process.task(task.getId()).orElseThrow().getAssignee()).isEqualTo("tpreception");
        mvc.perform(get("/workspace/tasks/{id}", task.getId()).with(RECEPTION))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/workspace/tasks/" + task.getId() + "/claim"))));
        mvc.perform(get("/workspace/tasks/{id}", task.getId()).with(user("tpreception2").roles("reception", "motcua")))
                .andExpect(status().isForbidden());
    }

    @Test
    void attachmentsAreForOfficersInlineAndAudited() throws Exception {
        Attachment file = dossiers.attachments(dossier).get(0);
        String url = "/workspace/dossiers/" + dossier.getCode() + "/attachments/" + file.getId();
        mvc.perform(get(url).with(APPLICANT)).andExpect(status().isForbidden());
        mvc.perform(get(url)).andExpect(status().is3xxRedirection());
        assertThat(audit.ofDossier(dossier.getCode()))
                .noneMatch(e -> e.getAction().equals(AuditAction.ATTACHMENT_DOWNLOADED));

        mvc.perform(get(url).with(SPECIALIST))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("Content-Type", file.getContentType()));
        assertThat(audit.ofDossier(dossier.getCode()))
                .anyMatch(e -> e.getAction().equals(AuditAction.ATTACHMENT_DOWNLOADED)
                        && e.getUsername().equals("tpspecialist") && ("attachment " + file.getId()).equals(e.getDetail()));
        mvc.perform(get("/workspace/dossiers/" + dossier.getCode() + "/attachments/999999999").with(SPECIALIST))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCommentIsAddedAndShown() throws Exception {
        mvc.perform(post("/workspace/dossiers/{code}/comments", dossier.getCode()).with(RECEPTION).with(csrf())
                        .param("taskId", task.getId()).param("text", "Cần đối chiếu bản gốc"))
                .andExpect(redirectedUrl("/workspace/tasks/" + task.getId() + "#comments"))
                .andExpect(flash().attribute("flash", "casefile.flash.commented"));
        mvc.perform(get("/workspace/tasks/{id}", task.getId()).with(RECEPTION))
                .andExpect(content().string(containsString("Cần đối chiếu bản gốc")));

        mvc.perform(post("/workspace/dossiers/{code}/comments", dossier.getCode()).with(RECEPTION).with(csrf())
                        .param("taskId", task.getId()).param("text", "  "))
                .andExpect(flash().attribute("commentError", "casefile.comment.empty"));
        mvc.perform(post("/workspace/dossiers/{code}/comments", dossier.getCode()).with(APPLICANT).with(csrf())
                .param("text", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/workspace/dossiers/{code}/comments", dossier.getCode()).with(RECEPTION)
                .param("text", "x")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from case_comment where dossier_code = ?", Integer.class,
                dossier.getCode())).isEqualTo(1);
    }

    private int history() {
        return dossiers.history(dossiers.get(dossier.getCode())).size();
    }
}
