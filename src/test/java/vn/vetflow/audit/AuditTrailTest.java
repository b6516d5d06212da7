package vn.vetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.identity.Roles;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/** The audit trail as officers, applicants and strangers meet it through the REST API. */
@VetflowTest
class AuditTrailTest {

    static final String PASSWORD = "audit-test-password";

    @Autowired MockMvc mvc;

    @Autowired vn.vetflow.support.EventPublications publications;
    @Autowired TestUsers users;
    @Autowired ObjectMapper json;
    @Autowired IdentityService identity;
    @Autowired TestSubmissions submissions;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired Deadlines deadlines;
    @Autowired AuditTrail trail;
    @Autowired TransactionTemplate transaction;
    @Autowired DossierSubmission submission;
    @Autowired DossierService dossiers;

    @BeforeEach
    void users() {
        users.ensure("auditapplicant", PASSWORD, Roles.APPLICANT);
        users.ensure("auditreception", PASSWORD, Roles.RECEPTION);
        users.ensure("auditsupervisor", PASSWORD, Roles.SUPERVISOR);
        users.ensure("auditinspector", PASSWORD, Roles.INSPECTOR);
    }

    @Test
    void anOfficersReadIsRecordedWithTheirNameAndAddressAndShownNewestFirst() throws Exception {
        String code = submit();
        mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("auditreception", PASSWORD)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/dossiers/" + code + "/audit").with(httpBasic("auditsupervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value(AuditAction.DOSSIER_READ))
                .andExpect(jsonPath("$[0].username").value("auditreception"))
                .andExpect(jsonPath("$[0].clientAddress").value("127.0.0.1"))
                .andExpect(jsonPath("$[1].action").value(AuditAction.DOSSIER_SUBMITTED))
                .andExpect(jsonPath("$[1].username").value("auditapplicant"))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void anApplicantReadingTheirOwnDossierIsNotARecordedRead() throws Exception {
        String code = submit();
        mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("auditapplicant", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(trail.ofDossier(code)).extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.DOSSIER_SUBMITTED);
    }

    @Test
    void claimingAndCompletingATaskAndDownloadingTheReceiptAreRecordedWithTheDossierCode() throws Exception {
        String code = submit();
        String taskId = receptionTask(code);
        mvc.perform(post("/api/v1/tasks/" + taskId + "/claim").with(httpBasic("auditreception", PASSWORD)))
                .andExpect(status().isNoContent());
        var pendingBefore = publications.snapshot();
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic("auditreception", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"receptionDecision\":\"ACCEPT\"}"))
                .andExpect(status().isNoContent());
        publications.awaitReactions(pendingBefore); // the receipt is rendered and signed after commit
        JsonNode dossier = json.readTree(mvc.perform(get("/api/v1/dossiers/" + code)
                .with(httpBasic("auditapplicant", PASSWORD))).andReturn().getResponse().getContentAsString());
        String receipt = dossier.get("documents").get(0).get("href").asText();
        mvc.perform(get(receipt).with(httpBasic("auditapplicant", PASSWORD))).andExpect(status().isOk());

        List<AuditEvent> events = trail.ofDossier(code);
        assertThat(events).extracting(AuditEvent::getAction).containsExactly(AuditAction.DOCUMENT_DOWNLOADED,
                AuditAction.TASK_COMPLETED, AuditAction.TASK_CLAIMED, AuditAction.DOSSIER_SUBMITTED);
        AuditEvent completed = events.get(1);
        assertThat(completed.getUsername()).isEqualTo("auditreception");
        assertThat(completed.getDossierCode()).isEqualTo(code);
        assertThat(completed.getDetail()).isEqualTo("task " + taskId + " Task_Reception ACCEPT");
        assertThat(events.get(0).getUsername()).isEqualTo("auditapplicant");
        assertThat(events.get(0).getDetail()).startsWith("document ");
    }

    @Test
    void aRejectedCompletionLeavesNoTaskCompletedLine() throws Exception {
        String code = submit();
        String taskId = receptionTask(code);
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic("auditreception", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/tasks/unknown" + taskId + "/complete").with(httpBasic("auditreception", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"receptionDecision\":\"ACCEPT\"}"))
                .andExpect(status().isNotFound());
        assertThat(trail.ofDossier(code)).extracting(AuditEvent::getAction)
                .doesNotContain(AuditAction.TASK_COMPLETED);
    }

    @Test
    void onlyOfficersSeeTheTrail() throws Exception {
        String code = submit();
        mvc.perform(get("/api/v1/dossiers/" + code + "/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/dossiers/" + code + "/audit").with(httpBasic("auditapplicant", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers/" + code + "/audit").with(httpBasic("auditinspector", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers/NO-SUCH-CODE/audit").with(httpBasic("auditreception", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers/" + code + "/audit").with(httpBasic("auditreception", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void onThePortalOnlyAWithdrawalThatHappenedIsRecorded() throws Exception {
        String code = submission.submit(submissions.valid("P1", "auditportal", UUID.randomUUID().toString()))
                .dossier().getCode();
        String base = "/my/dossiers/" + code;
        long attachment = dossiers.attachments(dossiers.get(code)).get(0).getId();
        mvc.perform(get(base + "/attachments/" + attachment).with(user("auditportal").roles(Roles.APPLICANT)))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/withdraw").param("reason", "x".repeat(1001)).with(csrf())
                .with(user("auditportal").roles(Roles.APPLICANT))).andExpect(status().isUnprocessableEntity());
        mvc.perform(post(base + "/withdraw").param("reason", "").with(csrf())
                .with(user("auditportal").roles(Roles.APPLICANT))).andExpect(status().is3xxRedirection());
        // Withdrawn already: the page redirects back with an error message, and nothing happened.
        mvc.perform(post(base + "/withdraw").param("reason", "").with(csrf())
                .with(user("auditportal").roles(Roles.APPLICANT))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "portal.withdraw.notAllowed"));

        List<AuditEvent> events = trail.ofDossier(code);
        assertThat(events).extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.WITHDRAWN, AuditAction.ATTACHMENT_DOWNLOADED);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getUsername()).isEqualTo("auditportal");
            assertThat(event.getClientAddress()).isEqualTo("127.0.0.1");
        });
        assertThat(events.get(1).getDetail()).isEqualTo("attachment " + attachment);
    }

    @Test
    void anActionRollsBackWithItsTransactionAndAReadOutsideOneStays() {
        String code = "AUDIT-ROLLBACK-" + UUID.randomUUID().toString().substring(0, 8);
        // Controllers record reads outside any transaction: the line commits at once.
        trail.record(AuditAction.DOSSIER_READ, code, null);
        transaction.executeWithoutResult(status -> {
            trail.record(AuditAction.WITHDRAWN, code, null);
            // Inside a transaction a read joins it (one connection per request) and rolls back with it.
            trail.record(AuditAction.DOCUMENT_DOWNLOADED, code, null);
            status.setRollbackOnly();
        });
        assertThat(trail.ofDossier(code)).extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.DOSSIER_READ);
        assertThat(trail.ofDossier(code).get(0).getUsername()).isEqualTo(AuditTrail.SYSTEM);
    }

    @Test
    void theNewDossierCodeIsReadFromTheLocationOfTheAnswer() {
        assertThat(AuditInterceptor.createdDossier("/api/v1/dossiers/SLDTBXH-260105-0001")).hasValue("SLDTBXH-260105-0001");
        assertThat(AuditInterceptor.createdDossier("http://localhost:8080/my/dossiers/X-1")).hasValue("X-1");
        assertThat(AuditInterceptor.createdDossier("/my/drafts/5")).isEmpty();
        assertThat(AuditInterceptor.createdDossier(null)).isEmpty();
    }

    private String receptionTask(String code) throws Exception {
        for (int page = 0; ; page++) {
            JsonNode tasks = json.readTree(mvc.perform(get("/api/v1/tasks").param("page", String.valueOf(page))
                            .param("size", "100").with(httpBasic("auditreception", PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("items");
            for (JsonNode task : tasks) {
                if (code.equals(task.get("dossierCode").asText())) {
                    return task.get("id").asText();
                }
            }
            if (tasks.size() < 100) {
                throw new AssertionError("No reception task for " + code);
            }
        }
    }

    private String submit() throws Exception {
        var request = submissions.apiRequest("P1", UUID.randomUUID().toString());
        return json.readTree(mvc.perform(request.with(httpBasic("auditapplicant", PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("code").asText();
    }
}
