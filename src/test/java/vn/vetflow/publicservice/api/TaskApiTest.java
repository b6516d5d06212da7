package vn.vetflow.publicservice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.identity.Roles;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/**
 * The REST task list reads the same read model as /workspace: only the tasks of the officer's units,
 * a page at a time with its total, in the same JSON shape as before (form id included).
 */
@VetflowTest
class TaskApiTest {

    static final String PASSWORD = "trang2026phan";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired TestUsers users;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;

    @Test
    void anOfficerSeesTheReceptionTasksOfTheirUnitOnlyWithTheFormId() throws Exception {
        users.ensure("apidesk", PASSWORD, Roles.RECEPTION, List.of("motcua"));
        users.ensure("apidivision", PASSWORD, Roles.RECEPTION, List.of("gdnn"));
        long desk = total("apidesk");
        long division = total("apidivision");

        String code = submission.submit(submissions.valid("P1", "apitaskapplicant", UUID.randomUUID().toString()))
                .dossier().getCode();

        // A reception task belongs to the one-stop desk: its officer sees it, the division's does not.
        assertThat(total("apidesk")).isEqualTo(desk + 1);
        assertThat(total("apidivision")).isEqualTo(division);
        JsonNode mine = null;
        for (int page = 0; mine == null && page * 100 <= desk; page++) {
            for (JsonNode item : page("/api/v1/tasks?size=100&page=" + page, "apidesk").get("items")) {
                if (code.equals(item.get("dossierCode").asText())) {
                    mine = item;
                }
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("taskKey").asText()).isEqualTo("Task_Reception");
        assertThat(mine.get("name").asText()).isNotBlank();
        assertThat(mine.get("formId").asText()).isNotBlank();
        assertThat(mine.get("created").asText()).isNotBlank();
        assertThat(mine.has("assignee")).isTrue();
        assertThat(mine.has("due")).isTrue();
    }

    @Test
    void pagesNeverRepeatATask() throws Exception {
        users.ensure("apipager", PASSWORD, Roles.RECEPTION, List.of("motcua"));
        for (int i = 0; i < 3; i++) {
            submission.submit(submissions.valid("P1", "apipagerapplicant", UUID.randomUUID().toString()));
        }
        JsonNode first = page("/api/v1/tasks?size=2", "apipager");
        JsonNode second = page("/api/v1/tasks?size=2&page=1", "apipager");
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(3).isEqualTo(second.get("total").asLong());
        assertThat(second.get("page").asInt()).isEqualTo(1);
        List<String> ids = new java.util.ArrayList<>();
        first.get("items").forEach(item -> ids.add(item.get("id").asText()));
        second.get("items").forEach(item -> ids.add(item.get("id").asText()));
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void applicantsAndStrangersHaveNoTaskList() throws Exception {
        users.ensure("apitaskapplicant2", PASSWORD, Roles.APPLICANT);
        mvc.perform(get("/api/v1/tasks").with(httpBasic("apitaskapplicant2", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tasks")).andExpect(status().isUnauthorized());
    }

    private long total(String username) throws Exception {
        return page("/api/v1/tasks?size=1", username).get("total").asLong();
    }

    private JsonNode page(String path, String username) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic(username, PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
