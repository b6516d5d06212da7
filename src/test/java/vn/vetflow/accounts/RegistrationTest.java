package vn.vetflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;
import vn.vetflow.dossier.Applicant;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.VetflowTest;

/** Registration through the page: accounts that work at once, and a clear answer to every mistake. */
@VetflowTest
class RegistrationTest {

    @Autowired MockMvc mvc;
    @Autowired IdentityService identity;
    @Autowired ApplicantAccounts accounts;

    @Test
    void theFormIsPublicAndLabelsEveryField() throws Exception {
        mvc.perform(get("/register")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng ký tài khoản")))
                .andExpect(content().string(containsString("<label class=\"form-label\" for=\"idNumber\"")))
                .andExpect(content().string(containsString("for=\"type-INSTITUTION\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void aPersonRegistersAndCanUseTheApiAtOnce() throws Exception {
        String username = freshUsername("hoa");
        Map<String, String> form = person(username);
        mvc.perform(register(form)).andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("notice", "accounts.register.done"));

        mvc.perform(get("/api/v1/dossiers").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());

        User user = identity.createUserQuery().userId(username).singleResult();
        assertThat(user.getFirstName()).isEqualTo("Hoa");
        assertThat(user.getLastName()).isEqualTo("Nguyễn Thị");
        assertThat(user.getEmail()).isEqualTo(username + "@example.vn");
        assertThat(groups(username)).containsExactly(Roles.APPLICANT);

        ApplicantProfile profile = accounts.profile(username).orElseThrow();
        assertThat(profile).isEqualTo(new ApplicantProfile(username, AccountType.PERSON, "Nguyễn Thị Hoa",
                form.get("idNumber"), username + "@example.vn", "0912345678", "Tổ 3, phường Yên Bái, tỉnh Lào Cai"));
        assertThat(accounts.asApplicant(username)).isEqualTo(new Applicant(username, "Nguyễn Thị Hoa",
                form.get("idNumber"), username + "@example.vn", "0912345678", "Tổ 3, phường Yên Bái, tỉnh Lào Cai"));
    }

    @Test
    void theLoginPageThanksTheNewApplicant() throws Exception {
        String username = freshUsername("moi");
        var flashed = mvc.perform(register(person(username))).andReturn().getFlashMap();
        mvc.perform(get("/login").flashAttrs(flashed))
                .andExpect(content().string(containsString("Đã tạo tài khoản " + username)));
    }

    @Test
    void anInstitutionFilesAsApplicantAndIsAnInstitution() throws Exception {
        String username = freshUsername("truong");
        Map<String, String> form = person(username);
        form.put("type", "INSTITUTION");
        form.put("name", "Trường Cao đẳng Nghề Lào Cai");
        form.put("idNumber", "5300" + AccountsTestSupport.digits(6) + "-001");
        mvc.perform(register(form)).andExpect(redirectedUrl("/login"));

        assertThat(groups(username)).containsExactlyInAnyOrder(Roles.APPLICANT, Roles.INSTITUTION);
        ApplicantProfile profile = accounts.profile(username).orElseThrow();
        assertThat(profile.type()).isEqualTo(AccountType.INSTITUTION);
        assertThat(profile.idNumber()).hasSize(13).doesNotContain("-");
        assertThat(identity.createUserQuery().userId(username).singleResult().getFirstName())
                .isEqualTo("Trường Cao đẳng Nghề Lào Cai");
    }

    @Test
    void staffHaveNoApplicantProfile() {
        assertThat(accounts.profile("admin")).isEmpty();
        assertThatThrownBy(() -> accounts.asApplicant("admin")).isInstanceOf(ApplicantAccountNotFoundException.class);
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "type             | ''                | Vui lòng chọn loại tài khoản.",
            "type             | ADMIN             | Vui lòng chọn loại tài khoản.",
            "name             | '  '              | Vui lòng nhập họ và tên hoặc tên tổ chức.",
            "idNumber         | ''                | Vui lòng nhập số định danh hoặc mã số thuế.",
            "idNumber         | 01234567890       | Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.",
            "idNumber         | 0123456789AB      | Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.",
            "username         | ''                | Vui lòng nhập tên đăng nhập.",
            "username         | ab                | Tên đăng nhập gồm 3 đến 30 chữ cái",
            "username         | nguyen-an         | Tên đăng nhập gồm 3 đến 30 chữ cái",
            "username         | nguyễnan          | Tên đăng nhập gồm 3 đến 30 chữ cái",
            "username         | abcdefghijabcdefghijabcdefghijk | Tên đăng nhập gồm 3 đến 30 chữ cái",
            "email            | ''                | Vui lòng nhập địa chỉ thư điện tử.",
            "email            | an.example.vn     | Địa chỉ thư điện tử chưa đúng",
            "phone            | ''                | Vui lòng nhập số điện thoại.",
            "phone            | 0112345678        | Số điện thoại chưa đúng",
            "phone            | 091234567         | Số điện thoại chưa đúng",
            "phone            | +8491234567       | Số điện thoại chưa đúng",
            "address          | ''                | Vui lòng nhập địa chỉ liên hệ.",
            "password         | ''                | Vui lòng nhập mật khẩu.",
            "password         | ngan123           | Mật khẩu phải có ít nhất 10 ký tự.",
            "password         | chicochuthoithoi  | Mật khẩu phải có cả chữ cái và chữ số.",
            "password         | 12345678901       | Mật khẩu phải có cả chữ cái và chữ số.",
            "passwordConfirmation | khac2026khac  | Hai lần nhập mật khẩu không giống nhau."})
    void everyRuleIsCheckedOnTheServer(String field, String value, String message) throws Exception {
        String username = freshUsername("sai");
        Map<String, String> form = person(username);
        form.put(field, value);
        if (field.equals("password")) {
            form.put("passwordConfirmation", value);
        }
        rejected(form).andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("href=\"#" + field + "\"")));
        assertThat(identity.createUserQuery().userId(username).count()).isZero();
    }

    @Test
    void passwordsMayNotContainTheUsernameOrBeTheEmail() throws Exception {
        String username = freshUsername("pw");
        Map<String, String> form = person(username);
        form.put("password", "x" + username + "1");
        form.put("passwordConfirmation", form.get("password"));
        rejected(form).andExpect(content().string(containsString("Mật khẩu không được chứa tên đăng nhập.")));

        form.put("email", "hoa2026x@example.vn");
        form.put("password", "Hoa2026x@example.vn");
        form.put("passwordConfirmation", form.get("password"));
        rejected(form).andExpect(content().string(containsString(
                "Mật khẩu không được trùng với địa chỉ thư điện tử.")));
    }

    @Test
    void organisationsNeedATaxCode() throws Exception {
        Map<String, String> form = person(freshUsername("org"));
        form.put("type", "ORGANISATION");
        form.put("idNumber", "012345678901");
        rejected(form).andExpect(content().string(containsString("Mã số doanh nghiệp, mã số thuế gồm 10 hoặc 13 chữ số.")));
    }

    @Test
    void aRejectedFormKeepsWhatWasTypedExceptThePasswords() throws Exception {
        Map<String, String> form = person(freshUsername("giu"));
        form.put("type", "ORGANISATION");
        form.put("name", "Công ty <b>Hoa</b> & Con");
        form.put("phone", "12");
        String page = rejected(form).andExpect(content().string(not(containsString(PASSWORD))))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("&lt;b&gt;Hoa&lt;/b&gt;")))
                .andReturn().getResponse().getContentAsString();
        // Thymeleaf writes some Vietnamese letters as HTML entities in values; a browser shows the same text.
        String shown = HtmlUtils.htmlUnescape(page);
        for (String field : List.of("name", "idNumber", "username", "email", "address")) {
            assertThat(shown).contains("name=\"" + field + "\" value=\"" + form.get(field) + "\"");
        }
        assertThat(shown).contains("name=\"phone\" value=\"12\"")
                .containsPattern("id=\"type-ORGANISATION\" value=\"ORGANISATION\"\\s+checked");
    }

    @Test
    void englishMessagesOnRequest() throws Exception {
        Map<String, String> form = person(freshUsername("en"));
        form.put("phone", "12");
        mvc.perform(register(form).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Not a Vietnamese phone number")));
    }

    @Test
    void takenUsernameEmailOrIdentityNumberAreSaid() throws Exception {
        String first = freshUsername("dau");
        Map<String, String> taken = person(first);
        mvc.perform(register(taken)).andExpect(redirectedUrl("/login"));

        Map<String, String> sameName = person(first);
        rejected(sameName).andExpect(content().string(containsString("Tên đăng nhập này đã được dùng")));

        Map<String, String> sameEmail = person(freshUsername("hai"));
        sameEmail.put("email", taken.get("email").toUpperCase());
        rejected(sameEmail).andExpect(content().string(containsString("Địa chỉ thư điện tử này đã có tài khoản")));

        Map<String, String> sameId = person(freshUsername("ba"));
        sameId.put("idNumber", taken.get("idNumber"));
        rejected(sameId).andExpect(content().string(containsString("Số định danh hoặc mã số thuế này đã có tài khoản")));

        Map<String, String> staffName = person("admin");
        rejected(staffName).andExpect(content().string(containsString("Tên đăng nhập này đã được dùng")));
    }

    @Test
    void noCsrfTokenNoAccount() throws Exception {
        String username = freshUsername("csrf");
        var request = post("/register");
        person(username).forEach(request::param);
        mvc.perform(request).andExpect(status().isForbidden());
        assertThat(identity.createUserQuery().userId(username).count()).isZero();
    }

    private ResultActions rejected(Map<String, String> form) throws Exception {
        return mvc.perform(register(form)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")));
    }

    private List<String> groups(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(g -> g.getId()).toList();
    }
}
