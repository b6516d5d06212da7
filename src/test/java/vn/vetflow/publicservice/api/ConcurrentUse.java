package vn.vetflow.publicservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.identity.Roles;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.support.ApiClient;
import vn.vetflow.support.ApiClient.Answer;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;

/**
 * Bounded load over real HTTP, the same on H2 and PostgreSQL: twice the connection pool's size of
 * concurrent submissions, then as many concurrent completions, answer without a single 5xx; fifty clients
 * completing ONE task get exactly one success and 49 conflicts with a problem body (never 404 or 500).
 * No timing is asserted: the figures come from the benchmark (README).
 */
interface ConcurrentUse {

    String PASSWORD = "load-test-password";
    Map<String, Object> ACCEPT = Map.of("receptionDecision", "ACCEPT");

    int port();

    DataSource dataSource();

    TestUsers users();

    TestSubmissions submissions();

    ProcedureCatalogue catalogue();

    Deadlines deadlines();

    TaskService tasks();

    @Test
    default void twicePoolSizeConcurrentSubmissionsAndCompletionsAnswerWithoutServerErrors() throws Exception {
        ApiClient api = api();
        ProcedureVersion version = catalogue().currentVersion("P1", deadlines().today());
        Map<String, Object> form = submissions().formData(version);
        int clients = 2 * ((HikariDataSource) dataSource()).getMaximumPoolSize();

        List<Answer> submitted = ApiClient.concurrently(clients, i -> api.submit("loadapplicant", version, form));
        assertThat(submitted).extracting(Answer::status).allMatch(status -> status < 500).containsOnly(201);

        List<String> taskIds = new ArrayList<>();
        for (Answer answer : submitted) {
            taskIds.add(tasks().createTaskQuery().processInstanceBusinessKey(ApiClient.code(answer)).singleResult()
                    .getId());
        }
        List<Answer> completed = ApiClient.concurrently(clients,
                i -> api.complete("loadreception", taskIds.get(i), ACCEPT));
        assertThat(completed).extracting(Answer::status).allMatch(status -> status < 500).containsOnly(204);
    }

    @Test
    default void fiftyClientsCompletingOneTaskGetOneSuccessAndFortyNineConflicts() throws Exception {
        ApiClient api = api();
        ProcedureVersion version = catalogue().currentVersion("P1", deadlines().today());
        Answer submitted = api.submit("loadapplicant", version, submissions().formData(version));
        assertThat(submitted.status()).isEqualTo(201);
        String taskId = tasks().createTaskQuery().processInstanceBusinessKey(ApiClient.code(submitted))
                .singleResult().getId();

        List<Answer> answers = ApiClient.concurrently(50, i -> api.complete("loadreception", taskId, ACCEPT));

        assertThat(answers).filteredOn(a -> a.status() == 204).hasSize(1);
        List<Answer> losers = answers.stream().filter(a -> a.status() != 204).toList();
        ObjectMapper json = new ObjectMapper();
        assertThat(losers).hasSize(49).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            JsonNode problem = json.readTree(answer.body());
            assertThat(problem.get("type").asText()).isEqualTo("urn:vetflow:problem:conflict");
            assertThat(problem.get("status").asInt()).isEqualTo(409);
            assertThat(problem.get("title").asText()).isNotBlank();
        });
    }

    private ApiClient api() {
        users().ensure("loadapplicant", PASSWORD, Roles.APPLICANT);
        users().ensure("loadreception", PASSWORD, Roles.RECEPTION);
        return new ApiClient(port(), PASSWORD);
    }
}
