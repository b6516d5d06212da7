package vn.vetflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vetflow.accounts.AccountsTestSupport.PASSWORD;
import static vn.vetflow.accounts.AccountsTestSupport.freshUsername;
import static vn.vetflow.accounts.AccountsTestSupport.person;
import static vn.vetflow.accounts.AccountsTestSupport.register;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.vetflow.notification.CapturedMail;
import vn.vetflow.notification.CapturingMailer;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.VetflowTest;

/** Reset by e-mail, end to end through the captured mail: one use, 30 minutes, no account enumeration. */
@VetflowTest
class PasswordResetTest {

    static final String NEW_PASSWORD = "maimoi2026xanh";
    static final Pattern LINK = Pattern.compile("http://localhost:8080/password/reset\\?token=([A-Za-z0-9_-]{43})");

    @Autowired MockMvc mvc;
    @Autowired CapturingMailer mailer;
    @Autowired JdbcTemplate jdbc;
    @Autowired AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void resetEndToEnd() throws Exception {
        String username = registered("quen");
        String email = username + "@example.vn";
        requestReset(email.toUpperCase());
        mvc.perform(get("/password/forgot").flashAttr("sent", true))
                .andExpect(content().string(containsString("Nếu địa chỉ này thuộc một tài khoản")));

        List<CapturedMail> mails = mailer.to(email);
        assertThat(mails).hasSize(1);
        CapturedMail mail = mails.get(0);
        assertThat(mail.mail().subject()).isEqualTo("[vetflow] Đặt lại mật khẩu");
        assertThat(mail.mail().textBody()).contains("tài khoản " + username).contains("30 phút");
        String token = token(mail);
        assertThat(jdbc.queryForObject("select token_hash from password_reset_token where username = ?", String.class,
                username)).as("only the hash is stored").isEqualTo(PasswordReset.hash(token)).isNotEqualTo(token);

        mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"token\" value=\"" + token + "\"")));
        // The same rules as at registration, each with its message; the token survives a rejected form.
        resetWith(token, "ngan1").andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")))
                .andExpect(content().string(containsString("id=\"error-summary\"")));
        resetWith(token, "x" + username + "9").andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu không được chứa tên đăng nhập.")));

        resetWith(token, NEW_PASSWORD).andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("notice", "accounts.reset.done"));
        mvc.perform(formLogin().user(username).password(NEW_PASSWORD)).andExpect(authenticated());

        // Single use.
        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(content().string(containsString("không hợp lệ, đã được dùng hoặc đã hết hạn")))
                .andExpect(content().string(not(containsString("name=\"password\""))));
        resetWith(token, "khac2026khac").andExpect(content().string(containsString("đã hết hạn")));
        mvc.perform(formLogin().user(username).password("khac2026khac")).andExpect(unauthenticated());
        assertThat(jdbc.queryForObject("select email_verified from applicant_account where username = ?",
                Boolean.class, username)).isTrue();
    }

    @Test
    void aLinkExpiresAfterThirtyMinutes() throws Exception {
        String username = registered("hethan");
        requestReset(username + "@example.vn");
        String token = token(mailer.to(username + "@example.vn").get(0));
        clock.advance(Duration.ofMinutes(29));
        mvc.perform(get("/password/reset").param("token", token)).andExpect(content().string(containsString("name=\"password\"")));
        clock.advance(Duration.ofMinutes(2));
        mvc.perform(get("/password/reset").param("token", token)).andExpect(content().string(containsString("đã hết hạn")));
        resetWith(token, NEW_PASSWORD).andExpect(content().string(containsString("đã hết hạn")));
    }

    @Test
    void aNewRequestVoidsTheOlderLink() throws Exception {
        String username = registered("hailan");
        String email = username + "@example.vn";
        requestReset(email);
        requestReset(email);
        List<CapturedMail> mails = mailer.to(email);
        assertThat(mails).hasSize(2);
        String newer = token(mails.get(0));
        String older = token(mails.get(1));
        resetWith(older, NEW_PASSWORD).andExpect(content().string(containsString("đã hết hạn")));
        resetWith(newer, NEW_PASSWORD).andExpect(redirectedUrl("/login"));
    }

    @Test
    void unknownAddressesGetTheSameAnswerAndNoMail() throws Exception {
        String nobody = freshUsername("khongai") + "@example.vn";
        requestReset(nobody);
        assertThat(mailer.to(nobody)).isEmpty();
        mvc.perform(post("/password/forgot").with(csrf()).param("email", "khong-phai-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Địa chỉ thư điện tử chưa đúng")))
                .andExpect(content().string(containsString("value=\"khong-phai-email\"")));
    }

    @Test
    void aResetLiftsTheLockOut() throws Exception {
        String username = registered("mokhoa");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());
        requestReset(username + "@example.vn");
        resetWith(token(mailer.to(username + "@example.vn").get(0)), NEW_PASSWORD).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user(username).password(NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void withoutCsrfNothingHappens() throws Exception {
        String username = registered("csrf");
        mvc.perform(post("/password/forgot").param("email", username + "@example.vn")).andExpect(status().isForbidden());
        assertThat(mailer.to(username + "@example.vn")).isEmpty();
    }

    private String registered(String prefix) throws Exception {
        String username = freshUsername(prefix);
        mvc.perform(register(person(username))).andExpect(redirectedUrl("/login"));
        return username;
    }

    private void requestReset(String email) throws Exception {
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/password/forgot")).andExpect(flash().attribute("sent", true));
    }

    private ResultActions resetWith(String token, String password) throws Exception {
        return mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", password)
                .param("passwordConfirmation", password));
    }

    private static String token(CapturedMail mail) {
        Matcher matcher = LINK.matcher(mail.mail().textBody());
        assertThat(matcher.find()).as("reset link in " + mail.mail().textBody()).isTrue();
        return matcher.group(1);
    }
}
