package vn.vetflow.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.VetflowTest;

/** "File online" is offered to those who may file (anonymous visitors are sent to log in), not to officers (403). */
@VetflowTest
class ProcedureApplyButtonTest {

    @Autowired MockMvc mvc;

    @Test
    void officersAreNotOfferedALinkThatAnswers403() throws Exception {
        mvc.perform(get("/procedures/P1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/my/apply/P1\"")));
        mvc.perform(get("/procedures/P1").with(user("pa-applicant").roles(Roles.APPLICANT))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/my/apply/P1\"")));
        mvc.perform(get("/procedures/P1").with(user("pa-reception").roles(Roles.RECEPTION, "motcua")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/my/apply/P1"))));
        mvc.perform(get("/my/apply/P1").with(user("pa-reception").roles(Roles.RECEPTION, "motcua")))
                .andExpect(status().isForbidden());
    }
}
