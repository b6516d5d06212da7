package vn.vetflow.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierHistoryEntry;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.dossier.DocumentSummary;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/**
 * Camunda's own Tasklist works the same tasks with the same forms: an officer logs in to it over real HTTP
 * as the browser does (XSRF cookie, form login, session cookie), finds the dossier's reception task with our
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

        Browser browser = new Browser();
        ResponseEntity<String> app = browser.get("/camunda/app/tasklist/default/");
        assertThat(app.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(browser.cookies).containsKey("XSRF-TOKEN");

        ResponseEntity<String> login = browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
                "username=" + OFFICER + "&password=" + PASSWORD);
        assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(login.getBody()).get("userId").asText()).isEqualTo(OFFICER);

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

    /** What a browser keeps between calls: its cookies (session, XSRF token) and the XSRF header it sends back. */
    private class Browser {

        final Map<String, String> cookies = new LinkedHashMap<>();

        ResponseEntity<String> get(String path) {
            return exchange(path, HttpMethod.GET, null, null);
        }

        ResponseEntity<String> postForm(String path, String body) {
            return exchange(path, HttpMethod.POST, MediaType.APPLICATION_FORM_URLENCODED, body);
        }

        ResponseEntity<String> postJson(String path, String body) {
            return exchange(path, HttpMethod.POST, MediaType.APPLICATION_JSON, body);
        }

        private ResponseEntity<String> exchange(String path, HttpMethod method, MediaType type, String body) {
            HttpHeaders headers = new HttpHeaders();
            headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL));
            if (type != null) {
                headers.setContentType(type);
            }
            if (!cookies.isEmpty()) {
                headers.add(HttpHeaders.COOKIE, cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
            }
            if (cookies.containsKey("XSRF-TOKEN")) {
                headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            }
            ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
            for (String setCookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
                for (HttpCookie cookie : HttpCookie.parse(setCookie)) {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
            return response;
        }
    }
}
