package vn.vetflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.support.VetflowTest;

/** Nothing of the engine is anonymous; the first admin exists without the setup page. */
@VetflowTest
class SecurityTest {

    @Autowired MockMvc mvc;
    @Autowired IdentityService identity;

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
    void engineRestNeedsAnAdministrator() throws Exception {
        mvc.perform(get("/engine-rest/engine")).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/process-definition").with(httpBasic("admin", "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/process-definition").with(httpBasic("admin", "test-only-admin")))
                .andExpect(status().isOk());
    }

    @Test
    void webappApisNeedALogin() throws Exception {
        mvc.perform(get("/camunda/api/engine/engine/default/process-definition"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(401, 403));
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
