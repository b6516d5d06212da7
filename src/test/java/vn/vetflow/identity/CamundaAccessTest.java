package vn.vetflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.vetflow.support.HttpSession;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/**
 * Who reaches Camunda's webapps and the engine's REST API, over real HTTP (the webapps are servlets and Jersey
 * applications): every role × every app, its APIs and /engine-rest. Staff log in once through vetflow's login
 * page; nobody logs in to Camunda itself. The table is printed with its counts.
 */
@VetflowTest
class CamundaAccessTest {

    static final String PASSWORD = "truycap2026camunda";
    static final String ADMIN_PASSWORD = "test-only-admin";

    /** Which roles may use a path; CLOSED paths are refused to everybody. */
    enum Audience {
        STAFF(Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.INSPECTOR, Roles.SUPERVISOR, Roles.ADMIN),
        TASKLIST(Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN),
        COCKPIT(Roles.SUPERVISOR, Roles.ADMIN),
        ADMIN(Roles.ADMIN),
        CLOSED();

        final Set<String> roles;

        Audience(String... roles) {
            this.roles = Set.of(roles);
        }
    }

    record Target(String label, HttpMethod method, String path, String body, Audience audience) {
    }

    static final List<Target> WEBAPP_TARGETS = List.of(
            new Target("Welcome app", HttpMethod.GET, "/camunda/app/welcome/default/", null, Audience.STAFF),
            new Target("webapp script", HttpMethod.GET, "/camunda/lib/deps.js", null, Audience.STAFF),
            new Target("current user", HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, Audience.STAFF),
            new Target("Tasklist app", HttpMethod.GET, "/camunda/app/tasklist/default/", null, Audience.TASKLIST),
            new Target("Tasklist plugins", HttpMethod.GET, "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js",
                    null, Audience.TASKLIST),
            new Target("engine API: tasks", HttpMethod.GET, "/camunda/api/engine/engine/default/task/count", null,
                    Audience.STAFF),
            new Target("Cockpit app", HttpMethod.GET, "/camunda/app/cockpit/default/", null, Audience.COCKPIT),
            new Target("Cockpit API", HttpMethod.GET,
                    "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count", null, Audience.COCKPIT),
            new Target("Admin app", HttpMethod.GET, "/camunda/app/admin/default/", null, Audience.ADMIN),
            new Target("Admin plugins", HttpMethod.GET, "/camunda/api/admin/plugin/adminPlugins/static/app/plugin.js",
                    null, Audience.ADMIN),
            new Target("engine API: create user", HttpMethod.POST, "/camunda/api/engine/engine/default/user/create",
                    "{\"profile\":{\"id\":\"acccreated\"},\"credentials\":{\"password\":\"Manh2026matkhau\"}}",
                    Audience.ADMIN),
            new Target("engine API: set a password", HttpMethod.PUT,
                    "/camunda/api/engine/engine/default/user/acccreated/credentials",
                    "{\"password\":\"Manh2026matkhau\",\"authenticatedUserPassword\":\"wrong\"}", Audience.ADMIN),
            new Target("engine API: edit a profile", HttpMethod.PUT,
                    "/camunda/api/engine/engine/default/user/acccreated/profile",
                    "{\"id\":\"acccreated\",\"email\":\"x@example.vn\"}", Audience.ADMIN),
            new Target("engine API: join a group", HttpMethod.PUT,
                    "/camunda/api/engine/engine/default/group/applicant/members/acccreated", "{}", Audience.ADMIN),
            new Target("Camunda login", HttpMethod.POST, "/camunda/api/admin/auth/user/default/login/tasklist",
                    "username=admin&password=x", Audience.CLOSED),
            new Target("Camunda setup", HttpMethod.POST, "/camunda/api/admin/setup/default/user/create",
                    "{\"profile\":{\"id\":\"zzintruder\"},\"credentials\":{\"password\":\"x12345678\"}}", Audience.CLOSED),
            new Target("engine API: verify password", HttpMethod.POST,
                    "/camunda/api/engine/engine/default/identity/verify", "{\"username\":\"admin\",\"password\":\"x\"}",
                    Audience.CLOSED));

    static final List<Target> ENGINE_REST_TARGETS = List.of(
            new Target("/engine-rest engines", HttpMethod.GET, "/engine-rest/engine", null, Audience.ADMIN),
            new Target("/engine-rest tasks", HttpMethod.GET, "/engine-rest/task/count", null, Audience.ADMIN),
            new Target("/engine-rest verify password", HttpMethod.POST, "/engine-rest/identity/verify",
                    "{\"username\":\"admin\",\"password\":\"x\"}", Audience.CLOSED),
            new Target("/engine-rest deploy", HttpMethod.POST, "/engine-rest/deployment/create", "{}", Audience.CLOSED));

    @Autowired TestRestTemplate http;
    @Autowired TestUsers users;

    @Test
    void everyRoleReachesExactlyItsAppsAndAnonymousLearnsNothing() {
        Map<String, String> logins = new LinkedHashMap<>();
        logins.put("anonymous", null);
        for (String role : List.of(Roles.APPLICANT, Roles.INSTITUTION, Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER,
                Roles.INSPECTOR, Roles.SUPERVISOR)) {
            String username = "acc" + role;
            users.ensure(username, PASSWORD, role);
            logins.put(role, username);
        }
        logins.put(Roles.ADMIN, "admin");

        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-30s", "path \\ role"));
        logins.keySet().forEach(role -> table.append(String.format("%12s", role)));
        table.append('\n');
        Map<Target, StringBuilder> rows = new LinkedHashMap<>();
        WEBAPP_TARGETS.forEach(t -> rows.put(t, new StringBuilder(String.format("%-30s", t.label()))));
        ENGINE_REST_TARGETS.forEach(t -> rows.put(t, new StringBuilder(String.format("%-30s", t.label()))));
        int cells = 0;

        for (var login : logins.entrySet()) {
            String role = login.getKey();
            String username = login.getValue();
            String password = Roles.ADMIN.equals(role) ? ADMIN_PASSWORD : PASSWORD;
            HttpSession browser = new HttpSession(http);
            if (username != null) {
                assertThat(HttpSession.loggedIn(browser.login(username, password))).as(role).isTrue();
                // Camunda's CSRF filter hands its token to a GET first, as the webapps' shell would.
                browser.get("/camunda/api/admin/auth/user/default");
            }
            for (Target target : WEBAPP_TARGETS) {
                ResponseEntity<String> answer = browser.exchange(target.path(), target.method(),
                        contentType(target), target.body());
                cells++;
                check(role, target, answer, wrong);
                rows.get(target).append(String.format("%12d", answer.getStatusCode().value()));
            }
            TestRestTemplate basic = username == null ? http : http.withBasicAuth(username, password);
            for (Target target : ENGINE_REST_TARGETS) {
                HttpHeaders headers = new HttpHeaders();
                if (target.body() != null) {
                    headers.setContentType(MediaType.APPLICATION_JSON);
                }
                ResponseEntity<String> answer = basic.exchange(target.path(), target.method(),
                        new org.springframework.http.HttpEntity<>(target.body(), headers), String.class);
                cells++;
                check(role, target, answer, wrong);
                rows.get(target).append(String.format("%12d", answer.getStatusCode().value()));
            }
        }
        rows.values().forEach(row -> table.append(row).append('\n'));
        System.out.println("Camunda webapps and engine REST, role × path (" + cells + " cells, " + wrong.size()
                + " wrong):\n" + table);
        assertThat(wrong).as(table.toString()).isEmpty();
    }

    @Test
    void loggingOutOfTheWebappsEndsVetflowsSessionToo() {
        users.ensure("accreception", PASSWORD, Roles.RECEPTION);
        HttpSession browser = new HttpSession(http);
        assertThat(HttpSession.loggedIn(browser.login("accreception", PASSWORD))).isTrue();
        assertThat(browser.get("/camunda/app/tasklist/default/").getStatusCode().value()).isEqualTo(200);
        assertThat(browser.postJson("/camunda/api/admin/auth/user/default/logout", "{}").getStatusCode().value())
                .isEqualTo(200);
        assertThat(browser.get("/camunda/app/tasklist/default/").getStatusCode().value()).isEqualTo(401);
        assertThat(browser.get("/workspace").getStatusCode().is3xxRedirection()).as("back to vetflow's login").isTrue();
    }

    private static MediaType contentType(Target target) {
        if (target.body() == null) {
            return null;
        }
        return target.body().startsWith("{") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED;
    }

    private static void check(String role, Target target, ResponseEntity<String> answer, List<String> wrong) {
        int status = answer.getStatusCode().value();
        String cell = role + " " + target.method() + " " + target.path() + " → " + status;
        if ("anonymous".equals(role)) {
            String body = answer.getBody() == null ? "" : answer.getBody().toLowerCase(Locale.ROOT);
            String challenge = String.valueOf(answer.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).toLowerCase(Locale.ROOT);
            if (status != 401 || body.contains("camunda") || body.contains("engine") || challenge.contains("camunda")) {
                wrong.add(cell + " (anonymous: a bare 401 expected)");
            }
        } else if (target.audience().roles.contains(role)) {
            if (status == 401 || status == 403 || status >= 500) {
                wrong.add(cell + " (allowed expected)");
            }
        } else if (status != 403) {
            wrong.add(cell + " (403 expected)");
        }
    }
}
