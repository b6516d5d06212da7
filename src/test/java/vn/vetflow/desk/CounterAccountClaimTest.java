package vn.vetflow.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.accounts.AccountType;
import vn.vetflow.accounts.CounterAccounts;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Channel;
import vn.vetflow.dossier.DeskFile;
import vn.vetflow.notification.CapturedMail;
import vn.vetflow.notification.CapturingMailer;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/**
 * Issue 17: a walk-in applicant given an account at the counter claims it online later with "Quên mật khẩu"
 * (the reset link goes to the e-mail given at the desk), logs in with the identity number and finds the
 * counter dossier on their own page; registering again online with the same identity number opens no
 * second account.
 */
@VetflowTest
class CounterAccountClaimTest {

    static final Pattern LINK = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]{43})");
    static final String PASSWORD = "hoabanxuan2026";

    @Autowired MockMvc mvc;
    @Autowired CounterAccounts counterAccounts;
    @Autowired CounterIntake intake;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired Deadlines deadlines;
    @Autowired TestSubmissions submissions;
    @Autowired CapturingMailer mailer;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aWalkInApplicantClaimsTheCounterAccountAndSeesTheCounterDossier() throws Exception {
        String idNumber = String.format("0102%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String email = "hoa." + idNumber + "@example.vn";
        String username = counterAccounts.open(new CounterAccounts.NewApplicant(AccountType.PERSON, "Vàng Thị Hoa",
                idNumber, email, "0912 345 678", "Bản Cát Cát, xã Sa Pa, tỉnh Lào Cai"), "motcuatest").username();
        String code = registerAtCounter(username);

        // the applicant claims it: a reset link to the address given at the desk, a password of their own
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/password/forgot"));
        // (the address also had the dossier's status mail)
        List<CapturedMail> claims = mailer.to(email).stream()
                .filter(mail -> LINK.matcher(mail.mail().textBody()).find()).toList();
        assertThat(claims).hasSize(1);
        Matcher link = LINK.matcher(claims.get(0).mail().textBody());
        assertThat(link.find()).isTrue();
        mvc.perform(post("/password/reset").with(csrf()).param("token", link.group(1)).param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(redirectedUrl("/login"));

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(idNumber).password(PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession();
        mvc.perform(get("/my/dossiers").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));
        mvc.perform(get("/my/dossiers/" + code).session(session)).andExpect(status().isOk());

        // the same identity number registered online again gets no second account
        mvc.perform(post("/register").with(csrf()).param("type", "PERSON").param("name", "Vàng Thị Hoa")
                        .param("idNumber", idNumber).param("username", "hoa" + idNumber)
                        .param("email", "khac." + idNumber + "@example.vn").param("phone", "0912345678")
                        .param("address", "Bản Cát Cát, xã Sa Pa, tỉnh Lào Cai").param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from applicant_account where id_number = ?", Integer.class,
                idNumber)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select email_verified from applicant_account where id_number = ?",
                Boolean.class, idNumber)).isTrue();
        // and nobody else sees the counter dossier
        mvc.perform(get("/my/dossiers").with(user("hoa" + idNumber).roles("applicant")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(code))));
    }

    private String registerAtCounter(String username) {
        ProcedureVersion version = catalogue.currentVersion("P1", deadlines.today());
        List<DeskFile> scans = TestSubmissions.files(version).stream().map(f -> new DeskFile(f, true)).toList();
        return intake.register(new CounterIntake.Request("P1", username, "Đăng ký hoạt động giáo dục nghề nghiệp",
                submissions.formData(version), Channel.IN_PERSON, scans, Map.of(), Channel.IN_PERSON, null, true,
                null, UUID.randomUUID().toString()), "motcuatest", List.of("reception", "motcua"))
                .dossier().getCode();
    }
}
