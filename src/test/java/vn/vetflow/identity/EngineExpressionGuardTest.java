package vn.vetflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.vetflow.support.ExpressionProbe;
import vn.vetflow.support.HttpSession;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/**
 * No expression sent to the engine's APIs runs: the payloads of issue 11 (top level, inside {@code orQueries},
 * URL-encoded, JSON-escaped) posted to the webapps' engine API and to /engine-rest as every role, the
 * administrator included, are refused at once with a problem body. The expression would call
 * {@link ExpressionProbe}, which counts and sleeps 5 s: no call, and every answer well under 2 s.
 */
@VetflowTest
class EngineExpressionGuardTest {

    static final String PASSWORD = "bieuthuc2026kiemtra";
    static final String SLEEP = "${expressionProbe.sleep(5000)}";
    static final Duration FAST = Duration.ofSeconds(2);

    @Autowired TestRestTemplate http;
    @Autowired TestUsers users;
    @Autowired ExpressionProbe probe;
    @Autowired TaskService tasks;
    @Autowired ObjectMapper json;

    @BeforeEach
    void staff() {
        for (String role : List.of(Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.INSPECTOR, Roles.SUPERVISOR)) {
            users.ensure("expr" + role, PASSWORD, role);
        }
    }

    /** Bodies that carry the expression somewhere a task query would evaluate it, or would decode it. */
    static List<String> bodies() {
        return List.of(
                "{\"assigneeExpression\":\"" + SLEEP + "\"}",
                "{\"orQueries\":[{\"assigneeExpression\":\"" + SLEEP + "\"}]}",
                "{\"orQueries\":[{\"candidateGroupsExpression\":\"" + SLEEP.replace('$', '#') + "\"}]}",
                "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{expressionProbe.sleep(5000)}\"}]}",
                "{\"orQueries\":[{\"dueDateExpression\":\"%24%7BexpressionProbe.sleep(5000)%7D\"}]}");
    }

    static List<String> queryStrings() {
        return List.of("assigneeExpression=" + URLEncoder.encode(SLEEP, StandardCharsets.UTF_8),
                "assigneeExpression=" + URLEncoder.encode(URLEncoder.encode(SLEEP, StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8),
                "dueAfterExpression=" + URLEncoder.encode("#{expressionProbe.sleep(5000)}", StandardCharsets.UTF_8));
    }

    @Test
    void theWebappsEngineApiRefusesExpressionsFromEveryStaffRole() throws Exception {
        Map<String, String> staff = new LinkedHashMap<>();
        for (String role : List.of(Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.INSPECTOR, Roles.SUPERVISOR)) {
            staff.put("expr" + role, PASSWORD);
        }
        staff.put("admin", "test-only-admin");
        int before = probe.calls();
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (var user : staff.entrySet()) {
            HttpSession browser = new HttpSession(http);
            assertThat(HttpSession.loggedIn(browser.login(user.getKey(), user.getValue()))).isTrue();
            browser.get("/camunda/api/admin/auth/user/default"); // Camunda's XSRF token
            for (String path : List.of("/camunda/api/engine/engine/default/task/count",
                    "/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/filter/create")) {
                for (String body : bodies()) {
                    requests++;
                    expectRefused(user.getKey(), () -> browser.postJson(path, body), wrong);
                }
            }
            for (String query : queryStrings()) {
                requests++;
                expectRefused(user.getKey(), () -> browser.get("/camunda/api/engine/engine/default/task/count?" + query),
                        wrong);
                requests++;
                expectRefused(user.getKey(), () -> browser.get("/camunda/api/engine/engine/default/task?" + query), wrong);
            }
            // Cockpit's own query API (supervisors and administrators reach it).
            if (user.getKey().equals("admin") || user.getKey().equals("expr" + Roles.SUPERVISOR)) {
                requests++;
                expectRefused(user.getKey(), () -> browser.postJson(
                        "/camunda/api/cockpit/plugin/base/default/process-instance/count",
                        "{\"variables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":\"" + SLEEP + "\"}]}"), wrong);
            }
        }
        System.out.println("Expression payloads to the webapps' APIs: " + requests + " requests, " + wrong.size()
                + " not refused, probe calls " + (probe.calls() - before));
        assertThat(wrong).isEmpty();
        assertThat(probe.calls() - before).as("the expression never ran").isZero();
    }

    @Test
    void engineRestRefusesExpressionsFromTheAdministratorToo() throws Exception {
        int before = probe.calls();
        TestRestTemplate admin = http.withBasicAuth("admin", "test-only-admin");
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/engine-rest/task/count", "/engine-rest/task", "/engine-rest/engine/default/task/count",
                "/engine-rest/filter/create")) {
            for (String body : bodies()) {
                HttpHeaders headers = new HttpHeaders();
                headers.setContentType(MediaType.APPLICATION_JSON);
                expectRefused("admin", () -> admin.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                        String.class), wrong);
            }
        }
        for (String query : queryStrings()) {
            expectRefused("admin", () -> admin.getForEntity("/engine-rest/task/count?" + query, String.class), wrong);
            expectRefused("admin", () -> admin.getForEntity("/engine-rest/task?" + query, String.class), wrong);
        }
        // A body that claims to be JSON and is not are refused as well.
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        expectRefused("admin", () -> admin.exchange("/engine-rest/task/count", HttpMethod.POST,
                new HttpEntity<>("{\"orQueries\":[{\"assigneeExpression\":", headers), String.class), wrong);
        assertThat(wrong).isEmpty();
        assertThat(probe.calls() - before).isZero();

        // Queries without expressions still work.
        ResponseEntity<String> plain = admin.exchange("/engine-rest/task/count", HttpMethod.POST,
                new HttpEntity<>("{\"orQueries\":[{\"assignee\":\"nobody\"}]}", headers), String.class);
        assertThat(plain.getStatusCode().value()).as(plain.getBody()).isEqualTo(200);
        assertThat(json.readTree(plain.getBody()).get("count").asInt()).isZero();
    }

    @Test
    void theEngineItselfWouldHaveRunTheOrQueryExpression() {
        // Why the guard exists, and proof that the payloads above are live: Camunda 7.24 CE evaluates an
        // expression in an or-query although ad hoc query expressions are switched off. If this fails after an
        // engine upgrade, the engine has been fixed (the guard stays as a second wall).
        int before = probe.calls();
        tasks.createTaskQuery().or().taskAssigneeExpression("${expressionProbe.touch()}").endOr().count();
        assertThat(probe.calls() - before).isEqualTo(1);
    }

    private interface Call {
        ResponseEntity<String> send() throws Exception;
    }

    private static void expectRefused(String who, Call call, List<String> wrong) throws Exception {
        long start = System.nanoTime();
        ResponseEntity<String> answer = call.send();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        int status = answer.getStatusCode().value();
        boolean problem = String.valueOf(answer.getHeaders().getContentType()).contains("problem+json");
        if (status != 400 || !problem || took.compareTo(FAST) >= 0) {
            wrong.add(who + " → " + status + " " + answer.getHeaders().getContentType() + " in " + took.toMillis()
                    + " ms: " + answer.getBody());
        }
    }
}
