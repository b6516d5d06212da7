package vn.vetflow.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vetflow.accounts.AccountsTestSupport.freshUsername;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.vetflow.identity.Roles;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.VetflowTest;

/**
 * Five failed logins in a row lock a name for 15 minutes, before its password is tested; every name alike.
 * Each test uses fresh users, since the engine also delays a user's next login after a failure.
 */
@VetflowTest
class LoginLockoutTest {

    static final String PASSWORD = "khoa2026mo";

    @Autowired MockMvc mvc;
    @Autowired IdentityService identity;
    @Autowired AdjustableClock clock;

    @BeforeEach
    void now() {
        clock.setTo(Instant.parse("2026-03-02T02:00:00Z")); // 09:00 in Hà Nội
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveFailuresLockEvenTheRightPasswordUntilFifteenMinutesHavePassed() throws Exception {
        String username = user(Roles.APPLICANT);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong" + i)).andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }
        MvcResult refused = mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated()).andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) refused.getRequest().getSession()))
                .andExpect(content().string(containsString("Tài khoản tạm khóa do đăng nhập sai nhiều lần")))
                .andExpect(content().string(containsString("sau 02/03/2026 09:15")));

        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());

        clock.advance(Duration.ofMinutes(2));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void aBadPasswordStillSaysOnlyThatBeforeTheLock() throws Exception {
        String username = user(Roles.APPLICANT);
        MvcResult failed = mvc.perform(formLogin().user(username).password("wrong")).andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) failed.getRequest().getSession()))
                .andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")))
                .andExpect(content().string(not(containsString("tạm khóa"))));
    }

    @Test
    void unknownNamesAreLockedAlikeSoTheMessageRevealsNothing() throws Exception {
        String nobody = freshUsername("khongco");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(nobody).password("wrong" + i)).andExpect(unauthenticated());
        }
        MvcResult refused = mvc.perform(formLogin().user(nobody).password("wrong")).andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) refused.getRequest().getSession()))
                .andExpect(content().string(containsString("Tài khoản tạm khóa do đăng nhập sai nhiều lần")));
    }

    @Test
    void staffAndTheApiAreCoveredToo() throws Exception {
        String officer = user(Roles.RECEPTION);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/dossiers").with(httpBasic(officer, "wrong" + i)))
                    .andExpect(status().isUnauthorized());
        }
        clock.advance(Duration.ofMinutes(2)); // past the engine's own delay, not past the lock-out
        mvc.perform(get("/api/v1/dossiers").with(httpBasic(officer, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(formLogin().user(officer).password(PASSWORD)).andExpect(unauthenticated());
        clock.advance(Duration.ofMinutes(14));
        mvc.perform(get("/api/v1/dossiers").with(httpBasic(officer, PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() throws Exception {
        String username = user(Roles.APPLICANT);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("wrong" + i)).andExpect(unauthenticated());
        }
        clock.advance(Duration.ofMinutes(2)); // past the engine's own delay
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("wrong" + i)).andExpect(unauthenticated());
        }
        clock.advance(Duration.ofMinutes(2));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
    }

    private String user(String group) {
        String username = freshUsername("khoa");
        User user = identity.newUser(username);
        user.setPassword(PASSWORD);
        user.setEmail(username + "@example.vn");
        identity.saveUser(user);
        identity.createMembership(username, group);
        return username;
    }
}
