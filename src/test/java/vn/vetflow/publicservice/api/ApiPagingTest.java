package vn.vetflow.publicservice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.identity.Roles;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/** The API's lists come a page at a time with the total, never more than 100 items; the OpenAPI document says how to log in and what the upload's parts are. */
@VetflowTest
class ApiPagingTest {

    static final String PASSWORD = "trang2026phan";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired TestUsers users;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;

    @Test
    void myDossiersComeOnePageAtATimeWithTheirTotal() throws Exception {
        String applicant = "pageapplicant" + UUID.randomUUID().toString().substring(0, 6);
        users.ensure(applicant, PASSWORD, Roles.APPLICANT);
        for (int i = 0; i < 3; i++) {
            submission.submit(submissions.valid("P1", applicant, UUID.randomUUID().toString()));
        }
        JsonNode first = page("/api/v1/dossiers?size=2", applicant);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("page").asInt()).isZero();
        JsonNode second = page("/api/v1/dossiers?size=2&page=1", applicant);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("code").asText())
                .isNotIn(first.get("items").get(0).get("code").asText(), first.get("items").get(1).get("code").asText());
        assertThat(page("/api/v1/dossiers?size=100000", applicant).get("size").asInt()).isEqualTo(100);
        assertThat(page("/api/v1/dossiers?size=-5&page=-1", applicant).get("items")).hasSize(1);
    }

    @Test
    void officersTasksComeOnePageAtATime() throws Exception {
        users.ensure("pagereception", PASSWORD, Roles.RECEPTION);
        for (int i = 0; i < 2; i++) {
            submission.submit(submissions.valid("P1", "pagetaskapplicant", UUID.randomUUID().toString()));
        }
        JsonNode one = page("/api/v1/tasks?size=1", "pagereception");
        assertThat(one.get("items")).hasSize(1);
        assertThat(one.get("size").asInt()).isEqualTo(1);
        assertThat(one.get("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode next = page("/api/v1/tasks?size=1&page=1", "pagereception");
        assertThat(next.get("items").get(0).get("id").asText()).isNotEqualTo(one.get("items").get(0).get("id").asText());
        assertThat(page("/api/v1/tasks?size=500", "pagereception").get("size").asInt()).isEqualTo(100);
    }

    @Test
    void theOpenApiDocumentDeclaresBasicAuthAndTheUploadsParts() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        JsonNode basic = api.at("/components/securitySchemes/basicAuth");
        assertThat(basic.get("type").asText()).isEqualTo("http");
        assertThat(basic.get("scheme").asText()).isEqualTo("basic");
        assertThat(api.at("/security/0").has("basicAuth")).isTrue();
        JsonNode upload = api.at("/paths/~1api~1v1~1dossiers/post/requestBody/content/multipart~1form-data");
        assertThat(upload.at("/schema/properties/dossier/$ref").asText()).endsWith("SubmitDossier");
        assertThat(upload.at("/schema/required").toString()).contains("dossier");
        assertThat(upload.at("/schema/additionalProperties/format").asText()).isEqualTo("binary");
        assertThat(upload.at("/schema/description").asText()).contains("files.<component code>");
        assertThat(upload.at("/encoding/dossier/contentType").asText()).isEqualTo("application/json");
        assertThat(api.at("/paths/~1api~1v1~1tasks/get/parameters").toString()).contains("\"page\"").contains("\"size\"");
    }

    private JsonNode page(String path, String username) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic(username, PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
