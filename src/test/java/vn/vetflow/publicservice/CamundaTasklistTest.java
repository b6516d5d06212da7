package vn.vetflow.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierHistoryEntry;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.dossier.DocumentSummary;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.HttpSession;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/**
 * Camunda's own Tasklist works the same tasks with the same forms: an officer logs in to vetflow over real
 * HTTP as the browser does (form login, session cookie), opens Tasklist on that session (XSRF cookie), finds the dossier's reception task with our
 * form {@code reception-check}, submits the form there, and the dossier moves exactly as through our API.
 */
@VetflowTest
class CamundaTasklistTest {

    static final String OFFICER = "tasklistreception";
    static final String PASSWORD = "tasklist-test-password";

    @Autowired TestRestTemplate http;
    @Autowired TestUsers users;
    @Autowired ObjectMapper json;
    @Autowired IdentityService identity;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired DossierService dossiers;
    @Autowired vn.vetflow.audit.AuditTrail audit;

    @Test
    void aTaskCompletedInCamundaTasklistMovesTheDossierLikeOurs() throws Exception {
        users.ensure(OFFICER, PASSWORD, Roles.RECEPTION);
        String code = submission.submit(submissions.valid("P1", "tasklistapplicant", UUID.randomUUID().toString()))
                .dossier().getCode();

        HttpSession browser = new HttpSession(http);
        ResponseEntity<String> login = browser.login(OFFICER, PASSWORD);
        assertThat(HttpSession.loggedIn(login)).as(login.getStatusCode() + " " + login.getHeaders()).isTrue();
        ResponseEntity<String> app = browser.get("/camunda/app/tasklist/default/");
        assertThat(app.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(browser.cookies()).containsKey("XSRF-TOKEN");

        // Tasklist knows who is logged in from vetflow's session; there is no second login.
        ResponseEntity<String> me = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(me.getStatusCode()).as(me.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(me.getBody()).get("userId").asText()).isEqualTo(OFFICER);

        ResponseEntity<String> found = browser.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey="
                + code);
        assertThat(found.getStatusCode()).as(found.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode tasks = json.readTree(found.getBody());
        assertThat(tasks).hasSize(1);
        JsonNode task = tasks.get(0);
        assertThat(task.get("camundaFormRef").get("key").asText()).isEqualTo("reception-check");

        ResponseEntity<String> form = browser.get("/camunda/api/engine/engine/default/task/" + task.get("id").asText()
                + "/deployed-form");
        assertThat(form.getStatusCode()).as(form.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(form.getBody()).get("id").asText()).isEqualTo("reception-check");

        ResponseEntity<String> submitted = browser.postJson("/camunda/api/engine/engine/default/task/"
                + task.get("id").asText() + "/submit-form",
                "{\"variables\":{\"receptionDecision\":{\"value\":\"ACCEPT\",\"type\":\"String\"}}}");
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        Dossier dossier = dossiers.get(code);
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        List<DossierHistoryEntry> history = dossiers.history(dossier);
        assertThat(history).anySatisfy(line -> {
            assertThat(line.getAction()).isEqualTo("ACCEPT");
            assertThat(line.getActor()).isEqualTo(OFFICER);
        });
        assertThat(history).extracting(DossierHistoryEntry::getAction).contains("RECEIVED");
        assertThat(dossiers.documents(dossier)).extracting(DocumentSummary::type).contains("RECEIPT");
        assertThat(audit.ofDossier(code)).anySatisfy(event -> {
            assertThat(event.getAction()).isEqualTo("TASK_COMPLETED");
            assertThat(event.getUsername()).isEqualTo(OFFICER);
        });
    }

}
