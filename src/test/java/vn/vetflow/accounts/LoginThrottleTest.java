package vn.vetflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vetflow.accounts.AccountsTestSupport.freshUsername;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.identity.Roles;
import vn.vetflow.notification.CapturedMail;
import vn.vetflow.notification.CapturingMailer;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.VetflowTest;

/**
 * The one login throttle: a name from one address waits longer after each wrong password beyond three
 * (30 s, 1 min, 2 min … at most 15 min), the same name from another address is not held back (no lock-out
 * an attacker could cause), an address failing too often with any names waits out its window, staff under
 * attack get a mail, an administrator unlocks. Login page and HTTP Basic alike; the engine's own permanent
 * lock never triggers. Each test uses fresh names and its own addresses.
 */
@VetflowTest
class LoginThrottleTest {

    static final String PASSWORD = "khoa2026mo";

    @Autowired MockMvc mvc;
    @Autowired IdentityService identity;
    @Autowired AdjustableClock clock;
    @Autowired LoginThrottle throttle;
    @Autowired LoginThrottleProperties properties;
    @Autowired CapturingMailer mailer;

    @BeforeEach
    void now() {
        clock.setTo(Instant.parse("2026-03-02T02:00:00Z")); // 09:00 in Hà Nội
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNameFromOneAddressWaitsLongerAfterEachFailureButNotFromElsewhere() throws Exception {
        String username = account(Roles.APPLICANT);
        String attacker = address();
        for (int i = 0; i < 3; i++) {
            login(username, "wrong" + i, attacker).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }
        assertThat(throttle.blockedUntil(username, attacker)).as("three free failures").isEmpty();
        login(username, "wrong3", attacker).andExpect(unauthenticated());
        assertWaits(username, attacker, Duration.ofSeconds(30));

        // Even the right password waits, and the page says until when.
        MvcResult refused = login(username, PASSWORD, attacker).andExpect(unauthenticated()).andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) refused.getRequest().getSession()))
                .andExpect(content().string(containsString("Đăng nhập từ nơi này tạm dừng do sai mật khẩu nhiều lần")))
                .andExpect(content().string(containsString("sau 02/03/2026 09:00")));

        // The holder, from their own address, is not locked out by the attacker.
        login(username, PASSWORD, address()).andExpect(authenticated().withUsername(username));

        // Each further failure from the attacker's address doubles the wait.
        clock.advance(Duration.ofSeconds(31));
        login(username, "wrong4", attacker).andExpect(unauthenticated());
        assertWaits(username, attacker, Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(61));
        login(username, "wrong5", attacker).andExpect(unauthenticated());
        assertWaits(username, attacker, Duration.ofSeconds(120));

        clock.advance(Duration.ofSeconds(121));
        login(username, PASSWORD, attacker).andExpect(authenticated().withUsername(username));
        assertThat(throttle.blockedUntil(username, attacker)).as("a success starts the count again").isEmpty();
    }

    @Test
    void theDelayNeverExceedsItsMaximum() {
        String username = freshUsername("tran");
        String attacker = address();
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure(username, attacker);
        }
        assertWaits(username, attacker, properties.maxDelay());
    }

    @Test
    void anAddressTryingManyNamesWaitsOutItsWindow() throws Exception {
        String username = account(Roles.APPLICANT);
        String attacker = address();
        for (int i = 0; i < properties.addressFailures(); i++) {
            throttle.recordFailure(freshUsername("doan"), attacker);
        }
        login(username, PASSWORD, attacker).andExpect(unauthenticated());
        login(username, PASSWORD, address()).andExpect(authenticated());
        clock.advance(properties.addressWindow().plusSeconds(1));
        login(username, PASSWORD, attacker).andExpect(authenticated());
    }

    @Test
    void unknownNamesAreThrottledAlikeSoTheAnswerRevealsNothing() throws Exception {
        String nobody = freshUsername("khongco");
        String from = address();
        for (int i = 0; i < 4; i++) {
            login(nobody, "wrong" + i, from).andExpect(unauthenticated());
        }
        MvcResult refused = login(nobody, "wrong", from).andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) refused.getRequest().getSession()))
                .andExpect(content().string(containsString("Đăng nhập từ nơi này tạm dừng")));
    }

    @Test
    void aBadPasswordStillSaysOnlyThatBeforeTheThrottle() throws Exception {
        String username = account(Roles.APPLICANT);
        MvcResult failed = login(username, "wrong", address()).andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) failed.getRequest().getSession()))
                .andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")))
                .andExpect(content().string(not(containsString("tạm dừng"))));
    }

    @Test
    void httpBasicOnTheApiGoesThroughTheSameThrottle() throws Exception {
        String officer = account(Roles.RECEPTION);
        String from = address();
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/dossiers").with(httpBasic(officer, "wrong" + i)).with(from(from)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/dossiers").with(httpBasic(officer, PASSWORD)).with(from(from)))
                .andExpect(status().isUnauthorized());
        login(officer, PASSWORD, from).andExpect(unauthenticated());
        login(officer, PASSWORD, address()).andExpect(authenticated());
        clock.advance(Duration.ofSeconds(31));
        mvc.perform(get("/api/v1/dossiers").with(httpBasic(officer, PASSWORD)).with(from(from)))
                .andExpect(status().isOk());
    }

    @Test
    void theEnginesOwnPermanentLockNeverTriggers() {
        String username = account(Roles.RECEPTION);
        for (int i = 0; i < 15; i++) {
            assertThat(identity.checkPassword(username, "wrong" + i)).isFalse();
        }
        assertThat(identity.checkPassword(username, PASSWORD)).as("no ENGINE-27002 lock").isTrue();
    }

    @Test
    void staffUnderAttackAreToldByMailOnceAndAnAdministratorUnlocks() throws Exception {
        String officer = account(Roles.SPECIALIST);
        String email = officer + "@example.vn";
        String[] attackers = {address(), address(), address()};
        for (int i = 0; i < properties.alertFailures(); i++) {
            throttle.recordFailure(officer, attackers[i % attackers.length]);
        }
        assertThat(mailer.to(email)).hasSize(1);
        CapturedMail mail = mailer.to(email).get(0);
        assertThat(mail.mail().subject()).contains("tài khoản của bạn đang bị thử mật khẩu");
        assertThat(mail.mail().textBody()).contains("Phạm Văn Thử").contains(properties.alertFailures() + " lần")
                .contains("từ 3 địa chỉ");
        throttle.recordFailure(officer, attackers[0]);
        assertThat(mailer.to(email)).as("once per window").hasSize(1);

        // Applicants are throttled, but only staff get the attack mail.
        String applicant = account(Roles.APPLICANT);
        for (int i = 0; i < properties.alertFailures(); i++) {
            throttle.recordFailure(applicant, attackers[i % attackers.length]);
        }
        assertThat(mailer.to(applicant + "@example.vn")).isEmpty();

        mvc.perform(get("/admin/logins").with(user("admin").roles(Roles.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phạm Văn Thử")))
                .andExpect(content().string(containsString(attackers[0])));
        mvc.perform(post("/admin/logins/unlock-name").param("username", officer).with(csrf())
                        .with(user("admin").roles(Roles.ADMIN)))
                .andExpect(redirectedUrl("/admin/logins"));
        for (String attacker : attackers) {
            assertThat(throttle.blockedUntil(officer, attacker)).isEmpty();
        }
    }

    @Test
    void onlyAdministratorsSeeAndUseTheThrottlePage() throws Exception {
        for (String role : Roles.ALL) {
            if (!Roles.ADMIN.equals(role)) {
                mvc.perform(get("/admin/logins").with(user("someone").roles(role))).andExpect(status().isForbidden());
                mvc.perform(post("/admin/logins/unlock-name").param("username", "x").with(csrf())
                        .with(user("someone").roles(role))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/admin/logins")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/admin/logins").with(user("admin").roles(Roles.ADMIN))).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password, String address)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address));
        return mvc.perform(request);
    }

    /** The clock moves on while a test runs: the wait is checked to the second. */
    private void assertWaits(String username, String address, Duration wait) {
        Instant until = throttle.blockedUntil(username, address).orElseThrow();
        assertThat(Duration.between(clock.instant(), until)).isBetween(wait.minusSeconds(2), wait);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A fresh client address per call, so tests never share a throttle row. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(0, 255) + "." + random.nextInt(1, 255);
    }

    private String account(String group) {
        String username = freshUsername("khoa");
        User user = identity.newUser(username);
        user.setPassword(PASSWORD);
        user.setFirstName("Thử");
        user.setLastName("Phạm Văn");
        user.setEmail(username + "@example.vn");
        identity.saveUser(user);
        identity.createMembership(username, group);
        return username;
    }
}
