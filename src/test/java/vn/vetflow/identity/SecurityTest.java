package vn.vetflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/** Nothing of the engine is anonymous; the first admin exists without the setup page. */
@VetflowTest
class SecurityTest {

    @Autowired MockMvc mvc;
    @Autowired IdentityService identity;
    @Autowired TestRestTemplate http;
    @Autowired TestUsers users;

    @org.junit.jupiter.api.BeforeEach
    void officer() {
        users.ensure("reception1", "reception-password", Roles.RECEPTION);
    }

    @Test
    void firstAdminIsCreatedAtStartupWithEveryRoleGroup() {
        assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Roles.CAMUNDA_ADMIN).count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Roles.ADMIN).count()).isEqualTo(1);
        for (String role : Roles.ALL) {
            assertThat(identity.createGroupQuery().groupId(role).count()).as(role).isEqualTo(1);
        }
    }

    @Test
    void theSetupPageCannotCreateAnotherAdmin() throws Exception {
        mvc.perform(post("/camunda/api/admin/setup/default/user/create").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x12345678\"}}"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isGreaterThanOrEqualTo(400));
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void engineRestNeedsAnAdministrator() {
        assertThat(http.getForEntity("/engine-rest/engine", String.class).getStatusCode().value()).isEqualTo(401);
        var ok = http.withBasicAuth("admin", "test-only-admin")
                .getForEntity("/engine-rest/process-definition?key=public-service", String.class);
        assertThat(ok.getStatusCode().value()).isEqualTo(200);
        assertThat(ok.getBody()).contains("public-service");
        assertThat(http.withBasicAuth("reception1", "reception-password")
                .getForEntity("/engine-rest/process-definition", String.class).getStatusCode().value())
                .as("an officer is not an administrator").isEqualTo(403);
        // Last, since the engine then delays the next login of that user (brute-force protection).
        assertThat(http.withBasicAuth("admin", "wrong").getForEntity("/engine-rest/process-definition", String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void webappApisNeedALogin() {
        assertThat(http.getForEntity("/camunda/api/engine/engine/default/process-definition", String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(http.getForEntity("/camunda/app/cockpit/default/", String.class).getStatusCode().value())
                .as("not even the webapp shell is served without vetflow's login (CamundaAccessTest has the table)")
                .isEqualTo(401);
    }

    @Test
    void pagesNeedALoginExceptTheHomeAndLoginPages() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/anything-private")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(redirectedUrlPattern("**/login"));
    }
}
