package vn.vetflow.publicservice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.identity.Roles;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/** The REST API as an applicant, an officer, another applicant and a stranger meet it. */
@VetflowTest
class DossierApiTest {

    static final String PASSWORD = "api-test-password";

    @Autowired MockMvc mvc;

    @Autowired vn.vetflow.support.EventPublications publications;
    @Autowired TestUsers users;
    @Autowired ObjectMapper json;
    @Autowired IdentityService identity;
    @Autowired TestSubmissions submissions;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired Deadlines deadlines;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void users() {
        users.ensure("apiapplicant", PASSWORD, Roles.APPLICANT);
        users.ensure("apiother", PASSWORD, Roles.APPLICANT);
        users.ensure("apireception", PASSWORD, Roles.RECEPTION);
        users.ensure("apiadmin", PASSWORD, Roles.ADMIN);
    }

    @Test
    void proceduresArePublic() throws Exception {
        mvc.perform(get("/api/v1/procedures")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].procedureId", hasItem("P1")));
        mvc.perform(get("/api/v1/procedures/P4")).andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlineDays").value(25));
    }

    @Test
    void theSameIdempotencyKeyTwiceCreatesOneDossier() throws Exception {
        String key = UUID.randomUUID().toString();
        JsonNode first = json.readTree(mvc.perform(submission("P1", key).with(httpBasic("apiapplicant", PASSWORD)))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString());
        JsonNode second = json.readTree(mvc.perform(submission("P1", key).with(httpBasic("apiapplicant", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(second.get("code").asText()).isEqualTo(first.get("code").asText());
        assertThat(first.get("code").asText()).matches(".+-\\d{6}-\\d{4}");
        assertThat(first.get("status").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from dossier where idempotency_key = ?", Integer.class, key))
                .isEqualTo(1);
    }

    @Test
    void invalidSubmissionNamesEachFieldInVietnameseAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        ProcedureVersion p1 = catalogue.currentVersion("P1", deadlines.today());
        var request = multipart("/api/v1/dossiers")
                .file(new MockMultipartFile("dossier", "", MediaType.APPLICATION_JSON_VALUE,
                        json.writeValueAsBytes(Map.of("procedureId", "P1", "subject", "",
                                "applicantName", "Trường Trung cấp Việt Bắc", "applicantIdNumber", "0101234567",
                                "formData", Map.of()))))
                .file(new MockMultipartFile("files." + p1.components().get(0).code(), "virus.pdf",
                        "application/pdf", new byte[] {'M', 'Z', 1, 2}))
                .header("Idempotency-Key", key).header("Accept-Language", "vi");
        mvc.perform(request.with(httpBasic("apiapplicant", PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.title").value("Yêu cầu chưa hợp lệ"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("subject")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("files." + p1.components().get(0).code())))
                .andExpect(jsonPath("$.errors[?(@.field == 'subject')].message").value("Vui lòng nhập thông tin này"));
        assertThat(jdbc.queryForObject("select count(*) from dossier where idempotency_key = ?", Integer.class, key))
                .isZero();
    }

    @Test
    void anotherApplicantCannotSeeTheDossierButAnOfficerCan() throws Exception {
        String code = submit("P1");
        mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("apiapplicant", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.history[0].action").value("SUBMITTED"));
        mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("apiother", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/dossiers/" + code + "/withdraw").with(httpBasic("apiother", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("apireception", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/dossiers/" + code)).andExpect(status().isUnauthorized());
    }

    @Test
    void officersDriveADossierThroughTheTaskApi() throws Exception {
        String code = submit("P1");
        String taskId = null;
        JsonNode page;
        int number = 0;
        do {
            page = json.readTree(mvc.perform(get("/api/v1/tasks").param("page", String.valueOf(number++))
                            .param("size", "100").with(httpBasic("apireception", PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.get("size").asInt()).isEqualTo(100);
            for (JsonNode task : page.get("items")) {
                if (code.equals(task.get("dossierCode").asText())) {
                    taskId = task.get("id").asText();
                    assertThat(task.get("formId").asText()).isEqualTo("reception-check");
                }
            }
        } while (taskId == null && page.get("items").size() == 100);
        assertThat(taskId).isNotNull();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        var pendingBefore = publications.snapshot();
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic("apireception", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"receptionDecision\":\"ACCEPT\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic("apireception", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"receptionDecision\":\"ACCEPT\"}"))
                // Completed already (by anybody): a conflict, not "not found".
                .andExpect(status().isConflict());
        publications.awaitReactions(pendingBefore); // the receipt is rendered and signed after commit
        JsonNode dossier = json.readTree(mvc.perform(get("/api/v1/dossiers/" + code)
                .with(httpBasic("apiapplicant", PASSWORD))).andReturn().getResponse().getContentAsString());
        assertThat(dossier.get("status").asInt()).isEqualTo(4);
        assertThat(dossier.get("appointmentDate").asText()).isNotBlank();
        String receipt = dossier.get("documents").get(0).get("href").asText();
        mvc.perform(get(receipt).with(httpBasic("apiapplicant", PASSWORD))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void applicantsCannotUseTheTaskApiNorTheEngineRestApi() throws Exception {
        mvc.perform(get("/api/v1/tasks").with(httpBasic("apiapplicant", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/engine-rest/process-definition")).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/process-definition").with(httpBasic("apiapplicant", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/dossiers").with(httpBasic("apireception", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    private String submit(String procedureId) throws Exception {
        return json.readTree(mvc.perform(submission(procedureId, UUID.randomUUID().toString())
                        .with(httpBasic("apiapplicant", PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("code").asText();
    }

    private MockMultipartHttpServletRequestBuilder submission(String procedureId, String key) {
        return submissions.apiRequest(procedureId, key);
    }
}
