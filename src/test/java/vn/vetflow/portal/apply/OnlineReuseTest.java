package vn.vetflow.portal.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Attachment;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.support.EventPublications;
import vn.vetflow.support.TestDocuments;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.tasks.TaskWork;

/**
 * Issue 17, reuse while filing online: the applicant takes a component of an earlier dossier from their data
 * store instead of uploading it; only their own items; the reused component counts as present; one dossier
 * for a double submit; officers see where it came from (case file, receipt, control slip); the KPI read model
 * counts the dossier as reusing.
 */
@VetflowTest
class OnlineReuseTest {

    static final String REUSED = "QDTL";
    static final RequestPostProcessor SPECIALIST = user("rsspecialist").roles("specialist", "gdnn");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired Deadlines deadlines;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired DossierService dossiers;
    @Autowired TaskService tasks;
    @Autowired TaskWork work;
    @Autowired TestDocuments documents;
    @Autowired EventPublications publications;

    @Test
    void aComponentOfAnEarlierDossierIsFiledByReferenceAndShownToOfficers() throws Exception {
        String username = register();
        Dossier earlier = submission.submit(submissions.valid("P1", username, UUID.randomUUID().toString())).dossier();
        Attachment original = component(earlier, REUSED);
        String stranger = register();
        Attachment strangers = component(submission.submit(
                submissions.valid("P1", stranger, UUID.randomUUID().toString())).dossier(), REUSED);
        RequestPostProcessor applicant = user(username).roles("applicant");

        String draft = fillForm(applicant);
        uploadRequiredExcept(draft, applicant, REUSED);
        mvc.perform(get(draft + "/review").with(applicant)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")));
        // the files step offers the applicant's own store
        mvc.perform(get(draft + "/files").with(applicant)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("kho dữ liệu của tôi"),
                        containsString("value=\"" + original.getId() + "\""),
                        org.hamcrest.Matchers.not(containsString("value=\"" + strangers.getId() + "\"")))));
        // another applicant's attachment id is refused, and nothing is kept
        mvc.perform(post(draft + "/reuse").with(applicant).with(csrf()).param("component", REUSED)
                        .param("item", strangers.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không có trong kho dữ liệu của bạn")));
        assertThat(jdbc.queryForObject("select count(*) from draft_reuse where draft_id = ?", Integer.class,
                draftId(draft))).isZero();

        mvc.perform(post(draft + "/reuse").with(applicant).with(csrf()).param("component", REUSED)
                        .param("item", original.getId().toString()))
                .andExpect(redirectedUrlPattern("/my/drafts/*/files"));
        mvc.perform(get(draft + "/review").with(applicant)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tái sử dụng từ hồ sơ " + earlier.getCode()),
                        org.hamcrest.Matchers.not(containsString("id=\"error-summary\"")))));

        String page = mvc.perform(post(draft + "/submit").with(applicant).with(csrf()))
                .andExpect(redirectedUrlPattern("/my/dossiers/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(draft + "/submit").with(applicant).with(csrf())).andExpect(status().isNotFound());
        String code = page.substring(page.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForObject("select count(*) from dossier where applicant_username = ?", Integer.class,
                username)).isEqualTo(2);
        Dossier filed = dossiers.get(code);
        Attachment reused = component(filed, REUSED);
        assertThat(reused.getReusedFromDossier()).isEqualTo(earlier.getCode());
        assertThat(reused.getReusedFromAttachment()).isEqualTo(original.getId());
        assertThat(reused.isDigitised()).isTrue();
        assertThat(dossiers.attachmentContent(filed, reused.getId())).isEqualTo(TestSubmissions.PDF);
        assertThat(jdbc.queryForObject("select count(*) from draft_reuse where draft_id = ?", Integer.class,
                draftId(draft))).isZero();

        // the KPI read model counts it as a dossier with a reused component; the earlier one is not
        publications.awaitReactions();
        assertThat(jdbc.queryForObject("select reused from kpi_dossier where code = ?", Boolean.class, code)).isTrue();
        assertThat(jdbc.queryForObject("select reused from kpi_dossier where code = ?", Boolean.class,
                earlier.getCode())).isFalse();

        // the officers: the case file marks it, the receipt (form 01) and the control slip (form 06) name the source
        var reception = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
        mvc.perform(get("/workspace/tasks/{id}", reception.getId()).with(user("rsreception").roles("reception", "motcua")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tái sử dụng từ hồ sơ " + earlier.getCode())));
        work.complete(reception.getId(), "rsreception", List.of("reception", "motcua"),
                Map.of("receptionDecision", "ACCEPT"));
        var receipt = documents.awaitReady(filed).stream().filter(d -> d.type().equals("RECEIPT")).findFirst()
                .orElseThrow();
        byte[] receiptPdf = mvc.perform(get("/workspace/dossiers/{code}/documents/{id}", code, receipt.id())
                        .with(SPECIALIST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(TestDocuments.text(receiptPdf)).contains("Tái sử dụng từ hồ sơ " + earlier.getCode(),
                "Hình thức nộp: Trực tuyến");
        byte[] slip = mvc.perform(get("/workspace/dossiers/{code}/control-slip", code).with(SPECIALIST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(TestDocuments.text(slip)).contains("tái sử dụng từ hồ sơ " + earlier.getCode());
    }

    @Test
    void theSubmissionChecksTheReuseAndFilesOneDossierPerKey() {
        String username = register();
        Dossier earlier = submission.submit(submissions.valid("P1", username, UUID.randomUUID().toString())).dossier();
        Attachment original = component(earlier, REUSED);
        DossierSubmission.Request valid = submissions.valid("P1", username, null);
        List<vn.vetflow.dossier.UploadedFile> others = valid.files().stream()
                .filter(f -> !f.componentCode().equals(REUSED)).toList();
        String key = UUID.randomUUID().toString();

        // without the component and without a reuse, it is missing
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> submission.submit(
                new DossierSubmission.Request("P1", valid.applicant(), valid.subject(), valid.formData(), others, key)),
                InvalidRequestException.class).violations())
                .anyMatch(v -> v.field().equals("files." + REUSED) && v.messageKey().equals("dossier.error.missingComponent"));
        // another applicant cannot file it
        String stranger = register();
        DossierSubmission.Request strangers = submissions.valid("P1", stranger, null);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> submission.submit(
                new DossierSubmission.Request("P1", strangers.applicant(), strangers.subject(), strangers.formData(),
                        others, Map.of(REUSED, original.getId()), UUID.randomUUID().toString())),
                InvalidRequestException.class).violations())
                .anyMatch(v -> v.messageKey().equals("apply.error.notReusable"));

        DossierSubmission.Request withReuse = new DossierSubmission.Request("P1", valid.applicant(), valid.subject(),
                valid.formData(), others, Map.of(REUSED, original.getId()), key);
        DossierSubmission.Result first = submission.submit(withReuse);
        DossierSubmission.Result second = submission.submit(withReuse);
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.dossier().getCode()).isEqualTo(first.dossier().getCode());
        assertThat(jdbc.queryForObject("select count(*) from attachment where dossier_id = ? and component_code = ?",
                Integer.class, first.dossier().getId(), REUSED)).isEqualTo(1);
        assertThat(dossiers.history(first.dossier())).extracting(h -> h.getAction()).contains("COMPONENT_REUSED");
    }

    @Test
    void onlyTheDraftsOwnerChoosesItsReuse() throws Exception {
        String username = register();
        Dossier earlier = submission.submit(submissions.valid("P1", username, UUID.randomUUID().toString())).dossier();
        String item = component(earlier, REUSED).getId().toString();
        String draft = fillForm(user(username).roles("applicant"));
        String stranger = register();
        mvc.perform(post(draft + "/reuse").with(user(stranger).roles("applicant")).with(csrf())
                .param("component", REUSED).param("item", item)).andExpect(status().isNotFound());
        mvc.perform(post(draft + "/reuse/" + REUSED + "/delete").with(user(stranger).roles("applicant")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(draft + "/reuse").with(user("rsreception").roles("reception", "motcua")).with(csrf())
                .param("component", REUSED).param("item", item)).andExpect(status().isForbidden());
        mvc.perform(post(draft + "/reuse").with(user(username).roles("applicant"))
                .param("component", REUSED).param("item", item)).andExpect(status().isForbidden()); // no CSRF
        mvc.perform(post(draft + "/reuse").with(csrf()).param("component", REUSED).param("item", item))
                .andExpect(redirectedUrlPattern("**/login"));
        assertThat(jdbc.queryForObject("select count(*) from draft_reuse where draft_id = ?", Integer.class,
                draftId(draft))).isZero();
    }

    // --- helpers --------------------------------------------------------------------------------

    /** A new applicant, registered through the real registration page; answers the login. */
    private String register() {
        String idNumber = String.format("0102%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String username = "rs" + idNumber;
        try {
            mvc.perform(post("/register").with(csrf()).param("type", "PERSON").param("name", "Đinh Thị Mai")
                            .param("idNumber", idNumber).param("username", username)
                            .param("email", username + "@example.vn").param("phone", "0987654321")
                            .param("address", "Phường Yên Bái, tỉnh Lào Cai").param("password", "mai2026Lao")
                            .param("passwordConfirmation", "mai2026Lao"))
                    .andExpect(status().is3xxRedirection());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return username;
    }

    private String fillForm(RequestPostProcessor applicant) throws Exception {
        String draft = mvc.perform(get("/my/apply/P1").with(applicant))
                .andExpect(redirectedUrlPattern("/my/drafts/*")).andReturn().getResponse().getRedirectedUrl();
        MockHttpServletRequestBuilder form = post(draft).with(applicant).with(csrf())
                .param("subject", "Đăng ký bổ sung hoạt động giáo dục nghề nghiệp");
        submissions.formData(version()).forEach((field, value) -> {
            if (value instanceof Collection<?> values) {
                values.forEach(v -> form.param("f." + field, String.valueOf(v)));
            } else {
                form.param("f." + field, String.valueOf(value));
            }
        });
        mvc.perform(form).andExpect(redirectedUrlPattern("/my/drafts/*/files"));
        return draft;
    }

    private void uploadRequiredExcept(String draft, RequestPostProcessor applicant, String skipped) throws Exception {
        for (DossierComponent component : version().components()) {
            if (component.required() && !component.code().equals(skipped)) {
                var file = TestSubmissions.file(component);
                mvc.perform(multipart(draft + "/files").file(new MockMultipartFile("file", file.fileName(),
                                file.contentType(), file.content())).param("component", component.code())
                                .with(applicant).with(csrf()))
                        .andExpect(redirectedUrlPattern("/my/drafts/*/files"));
            }
        }
    }

    private ProcedureVersion version() {
        return catalogue.currentVersion("P1", deadlines.today());
    }

    private Attachment component(Dossier dossier, String code) {
        return dossiers.attachments(dossier).stream().filter(a -> a.getComponentCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(dossier.getCode() + " has no " + code));
    }

    private static long draftId(String draft) {
        return Long.parseLong(draft.substring(draft.lastIndexOf('/') + 1));
    }
}
