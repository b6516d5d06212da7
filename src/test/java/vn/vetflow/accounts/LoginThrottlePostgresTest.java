package vn.vetflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.vetflow.identity.Roles;
import vn.vetflow.notification.CapturingMailer;
import vn.vetflow.support.PostgresTest;

/** The login throttle's statements on PostgreSQL: counting, growing delays, the attack alert, unlocking. */
class LoginThrottlePostgresTest extends PostgresTest {

    static final String PASSWORD = "khoa2026postgres";

    @Autowired MockMvc mvc;
    @Autowired IdentityService identity;
    @Autowired LoginThrottle throttle;
    @Autowired LoginThrottleProperties properties;
    @Autowired CapturingMailer mailer;

    @Test
    void theThrottleWorksOnPostgres() throws Exception {
        String username = "pgthrottle" + System.nanoTime();
        User user = identity.newUser(username);
        user.setPassword(PASSWORD);
        user.setFirstName("Thử");
        user.setLastName("Trần Văn");
        user.setEmail(username + "@example.vn");
        identity.saveUser(user);
        identity.createMembership(username, Roles.LEADER);

        for (int i = 0; i < 4; i++) {
            login(username, "wrong" + i, "10.9.0.1").andExpect(unauthenticated());
        }
        Instant until = throttle.blockedUntil(username, "10.9.0.1").orElseThrow();
        assertThat(Duration.between(Instant.now(), until)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(31));
        login(username, PASSWORD, "10.9.0.1").andExpect(unauthenticated());
        login(username, PASSWORD, "10.9.0.2").andExpect(authenticated());

        for (int i = 0; i < properties.alertFailures(); i++) {
            throttle.recordFailure(username, "10.9.1." + (i % 3));
        }
        assertThat(mailer.to(username + "@example.vn")).hasSize(1);
        assertThat(throttle.alerts()).anyMatch(alert -> alert.username().equals(username) && alert.sentAt() != null);
        assertThat(throttle.heldBack()).anyMatch(row -> username.equals(row.username()));
        assertThat(throttle.unlockName(username)).isPositive();
        assertThat(throttle.blockedUntil(username, "10.9.0.1")).isEmpty();
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }
}
