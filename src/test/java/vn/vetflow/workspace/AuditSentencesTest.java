package vn.vetflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.dossier.DocumentSummary;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.support.TestDocuments;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/**
 * The case's audit trail on the task page speaks the reader's language and names people and things:
 * officers by full name, the document by its title and number, never logins, task ids or document ids.
 */
@VetflowTest
class AuditSentencesTest {

    static final RequestPostProcessor SPECIALIST = user("asspecialist").roles("specialist", "gdnn");

    @Autowired MockMvc mvc;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired TaskWork work;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired TestDocuments documents;

    @BeforeEach
    void officers() {
        person("asreception", "Văn An", "Lê");
        person("asspecialist", "Thị Bích", "Đỗ");
    }

    @Test
    void auditLinesNameTheOfficerAndTheDocumentInTheReadersLanguage() throws Exception {
        Dossier dossier = submission.submit(submissions.valid("P1", "asapplicant", UUID.randomUUID().toString()))
                .dossier();
        var reception = tasks.createTaskQuery().processInstanceBusinessKey(dossier.getCode()).singleResult();
        work.complete(reception.getId(), "asreception", List.of("reception", "motcua"),
                Map.of("receptionDecision", "ACCEPT"));
        DocumentSummary receipt = documents.awaitReady(dossier).stream().filter(d -> d.type().equals("RECEIPT"))
                .findFirst().orElseThrow();
        var appraisal = tasks.createTaskQuery().processInstanceBusinessKey(dossier.getCode()).singleResult();
        mvc.perform(get("/workspace/tasks/{id}", appraisal.getId()).with(SPECIALIST)).andExpect(status().isOk());
        mvc.perform(get("/workspace/dossiers/{code}/documents/{id}", dossier.getCode(), receipt.id()).with(SPECIALIST))
                .andExpect(status().isOk());

        String vietnamese = auditText(appraisal.getId(), "vi");
        assertThat(vietnamese).contains("Đỗ Thị Bích", "Xem hồ sơ",
                "Tải văn bản: " + receipt.title() + " (" + receipt.number() + ")");
        assertThat(vietnamese).doesNotContain("asspecialist", "asreception", appraisal.getId(),
                "document " + receipt.id(), "task page");

        String english = auditText(appraisal.getId(), "en");
        assertThat(english).contains("Đỗ Thị Bích", "Downloaded the document: " + receipt.title());
        assertThat(english).doesNotContain("asspecialist", appraisal.getId());
    }

    private String auditText(String taskId, String lang) throws Exception {
        String html = mvc.perform(get("/workspace/tasks/{id}", taskId).param("lang", lang).with(SPECIALIST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).select("#audit").text();
    }

    private void person(String id, String first, String last) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(first);
            user.setLastName(last);
            user.setPassword(UUID.randomUUID().toString());
            identity.saveUser(user);
        }
    }
}
