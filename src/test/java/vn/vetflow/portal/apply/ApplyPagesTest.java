package vn.vetflow.portal.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.accounts.ApplicantAccounts;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/** The online application in steps: typed values kept, files checked by content, one dossier per draft. */
@VetflowTest
class ApplyPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired Deadlines deadlines;
    @Autowired ApplicantAccounts accounts;

    RequestPostProcessor applicant = user("applyuser").roles("applicant");
    RequestPostProcessor other = user("applyother").roles("applicant");

    /** The applicant registers through the real registration page. */
    @BeforeEach
    void account() throws Exception {
        if (accounts.profile("applyuser").isEmpty()) {
            mvc.perform(post("/register").with(csrf()).param("type", "PERSON").param("name", "Phạm Thị Hoa")
                            .param("idNumber", "001190012345").param("username", "applyuser")
                            .param("email", "applyuser@example.vn").param("phone", "0987654321")
                            .param("address", "Phường Yên Bái, tỉnh Lào Cai").param("password", "hoa2026Lao")
                            .param("passwordConfirmation", "hoa2026Lao"))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void applyingEndToEndCreatesOneDossier() throws Exception {
        String draft = mvc.perform(get("/my/apply/P1").with(applicant))
                .andExpect(redirectedUrlPattern("/my/drafts/*")).andReturn().getResponse().getRedirectedUrl();

        // An invalid form comes back with the summary and every typed value kept.
        mvc.perform(post(draft).with(applicant).with(csrf()).param("subject", "Đăng ký hoạt động GDNN")
                        .param("f.institutionName", "Trường Trung cấp Việt Bắc").param("f.phone", "12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("value=\"Trường Trung cấp Việt Bắc\"")))
                .andExpect(content().string(containsString("value=\"12345\"")));

        mvc.perform(post(draft).with(applicant).with(csrf()).param("subject", "Đăng ký hoạt động GDNN")
                        .param("f.institutionName", "Trường Trung cấp Việt Bắc").param("f.institutionType", "TRUNG_CAP")
                        .param("f.address", "Phường Yên Bái, tỉnh Lào Cai").param("f.legalRepresentative", "Nguyễn Văn Hùng")
                        .param("f.phone", "0912345678").param("f.occupations", "Hàn - sơ cấp - 60 học viên/năm")
                        .param("f.plannedEnrolment", "60"))
                .andExpect(redirectedUrlPattern("/my/drafts/*/files"));

        // A renamed executable is refused; real PDFs are kept.
        DossierComponent first = catalogue.currentVersion("P1", deadlines.today()).components().get(0);
        mvc.perform(multipart(draft + "/files").file(new MockMultipartFile("file", "../../etc/don.pdf",
                        "application/pdf", new byte[] {'M', 'Z', 0})).param("component", first.code())
                        .with(applicant).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("error-summary")));
        for (DossierComponent component : catalogue.currentVersion("P1", deadlines.today()).components()) {
            if (component.required()) {
                mvc.perform(multipart(draft + "/files").file(new MockMultipartFile("file", "..\\..\\" + component.code() + ".pdf",
                                "application/pdf", TestSubmissions.PDF)).param("component", component.code())
                                .with(applicant).with(csrf()))
                        .andExpect(redirectedUrlPattern("/my/drafts/*/files"));
            }
        }
        assertThat(jdbc.queryForList("select file_name from draft_file f join application_draft d on d.id = f.draft_id "
                + "where d.username = 'applyuser'", String.class)).allMatch(name -> !name.contains("/") && !name.contains("\\"));

        mvc.perform(get(draft + "/review").with(applicant)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường Trung cấp Việt Bắc")));
        // Someone else's draft does not exist for them.
        mvc.perform(get(draft + "/review").with(other)).andExpect(status().isNotFound());
        mvc.perform(post(draft + "/submit").with(other).with(csrf())).andExpect(status().isNotFound());

        String dossierPage = mvc.perform(post(draft + "/submit").with(applicant).with(csrf()))
                .andExpect(redirectedUrlPattern("/my/dossiers/*")).andReturn().getResponse().getRedirectedUrl();
        // A second click on the same draft files nothing new.
        mvc.perform(post(draft + "/submit").with(applicant).with(csrf())).andExpect(status().isNotFound());
        String code = dossierPage.substring(dossierPage.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForObject("select count(*) from dossier where applicant_username = 'applyuser' and code = ?",
                Integer.class, code)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from application_draft where username = 'applyuser'",
                Integer.class)).isZero();
    }

    @Test
    void officersAndStrangersCannotApply() throws Exception {
        mvc.perform(get("/my/apply/P1").with(SecurityMockMvcRequestPostProcessors.user("tiepnhan").roles("reception")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my/apply/P1")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/my/drafts/1/submit").with(applicant)).andExpect(status().isForbidden()); // no CSRF
    }

}
