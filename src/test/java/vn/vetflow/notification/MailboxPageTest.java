package vn.vetflow.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.VetflowTest;

/** The demo mailbox: a login first; each user reads only their own mail, an administrator all of it. */
@VetflowTest
class MailboxPageTest {

    @Autowired MockMvc mvc;
    @Autowired Mailer mailer;
    @Autowired IdentityService identity;

    @Test
    void theTestsRunWithoutSmtpSoMailIsCaptured() {
        org.assertj.core.api.Assertions.assertThat(mailer).isInstanceOf(CapturingMailer.class);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/dev/mailbox")).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void eachUserSeesOnlyTheirOwnMail() throws Exception {
        String mine = newUser();
        String theirs = newUser();
        mailer.send(OutgoingMail.text(mine + "@example.vn", "Thư của " + mine,
                "Mở http://localhost:8080/password/reset?token=abc để tiếp tục"));
        mailer.send(OutgoingMail.text(theirs + "@example.vn", "Thư của " + theirs, "Bí mật"));

        mvc.perform(get("/dev/mailbox").with(user(mine).roles(Roles.APPLICANT))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thư của " + mine)))
                .andExpect(content().string(containsString("href=\"http://localhost:8080/password/reset?token=abc\"")))
                .andExpect(content().string(not(containsString("Thư của " + theirs))));
        mvc.perform(get("/dev/mailbox").with(user(theirs).roles(Roles.APPLICANT)))
                .andExpect(content().string(containsString("Thư của " + theirs)))
                .andExpect(content().string(not(containsString("Thư của " + mine))));
    }

    @Test
    void administratorsSeeEveryMail() throws Exception {
        String someone = newUser();
        mailer.send(OutgoingMail.text(someone + "@example.vn", "Thư của " + someone, "Nội dung <script>"));
        mvc.perform(get("/dev/mailbox").with(user("admin").roles(Roles.ADMIN)))
                .andExpect(content().string(containsString("Thư của " + someone)))
                .andExpect(content().string(containsString("Nội dung &lt;script&gt;")));
    }

    @Test
    void aUserWithoutAnAddressSeesNothing() throws Exception {
        mvc.perform(get("/dev/mailbox").with(user("nobody" + UUID.randomUUID().toString().substring(0, 8))
                        .roles(Roles.APPLICANT)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Chưa có thư nào.")));
    }

    private String newUser() {
        String username = "hop" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        User user = identity.newUser(username);
        user.setEmail(username + "@example.vn");
        user.setPassword("hopthu2026x");
        identity.saveUser(user);
        return username;
    }
}
