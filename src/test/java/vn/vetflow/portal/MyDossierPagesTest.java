package vn.vetflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.dossier.SatisfactionRatings;
import vn.vetflow.support.TestDocuments;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/** The applicant's own dossiers: only the owner sees them, and the actions that apply now work end to end. */
@VetflowTest
class MyDossierPagesTest {

    static final String OWNER = "portalowner";
    static final String OTHER = "portalother";
    static final String SUPPLEMENT_TEXT = "Bổ sung danh sách nhà giáo";

    @Autowired MockMvc mvc;
    @Autowired PortalTestSupport support;
    @Autowired DossierService dossiers;
    @Autowired TestDocuments documents;
    @Autowired SatisfactionRatings ratings;

    @BeforeEach
    void today() {
        support.workingMorning();
    }

    @AfterEach
    void resetClock() {
        support.resetClock();
    }

    static RequestPostProcessor applicant(String username) {
        return user(username).roles("applicant");
    }

    // --- who may see what --------------------------------------------------------------------

    @Test
    void theListShowsOnlyTheApplicantsOwnDossiers() throws Exception {
        String mine = support.submit("P1", OWNER);
        String theirs = support.submit("P4", OTHER);
        mvc.perform(get("/my/dossiers").with(applicant(OWNER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hồ sơ của tôi"), containsString(mine),
                        not(containsString(theirs)), containsString("Mới đăng ký"), containsString("02/03/2026"),
                        containsString("text-bg-primary"))));
        mvc.perform(get("/my/dossiers").with(user("cosotest").roles("institution"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(mine)), containsString("Bạn chưa nộp hồ sơ nào"))));
    }

    @Test
    void anotherApplicantFindsNothingAtAnyOfTheDossiersAddresses() throws Exception {
        String code = support.submit("P1", OWNER);
        support.complete(code, "Task_Reception", "tiepnhan", "reception",
                Map.of("receptionDecision", "SUPPLEMENT", "decisionNote", SUPPLEMENT_TEXT));
        Dossier dossier = support.dossier(code);
        long document = documents.awaitReady(dossier).get(0).id();
        long attachment = dossiers.attachments(dossier).get(0).getId();
        String base = "/my/dossiers/" + code;

        mvc.perform(get(base).with(applicant(OWNER))).andExpect(status().isOk());
        mvc.perform(get(base + "/documents/" + document).with(applicant(OWNER))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get(base + "/attachments/" + attachment).with(applicant(OWNER))).andExpect(status().isOk());

        mvc.perform(get(base).with(applicant(OTHER))).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(code))));
        mvc.perform(get(base + "/documents/" + document).with(applicant(OTHER))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/attachments/" + attachment).with(applicant(OTHER))).andExpect(status().isNotFound());
        mvc.perform(multipart(base + "/supplement").file(pdf("GVCT", "x.pdf")).param("note", "x")
                .with(csrf()).with(applicant(OTHER))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/withdraw").with(applicant(OTHER))).andExpect(status().isNotFound());
        mvc.perform(post(base + "/withdraw").param("reason", "x").with(csrf()).with(applicant(OTHER)))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/rating").param("score", "5").with(csrf()).with(applicant(OTHER)))
                .andExpect(status().isNotFound());
        // a document or file of the owner's dossier under another of the owner's codes is not found either
        String second = support.submit("P1", OWNER);
        mvc.perform(get("/my/dossiers/" + second + "/documents/" + document).with(applicant(OWNER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/dossiers/" + second + "/attachments/" + attachment).with(applicant(OWNER)))
                .andExpect(status().isNotFound());

        assertThat(support.dossier(code).getStatus()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(support.openTask(code)).isNull(); // still waiting for the owner's answer
    }

    @Test
    void strangersLogInFirstAndOfficersHaveNoDossiersHere() throws Exception {
        mvc.perform(get("/my/dossiers")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/my/dossiers/000.00.25.H65-260302-0001")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/my/dossiers").with(user("tiepnhan").roles("reception"))).andExpect(status().isForbidden());
    }

    @Test
    void postsWithoutTheCsrfTokenAreForbidden() throws Exception {
        String code = support.submit("P1", OWNER);
        mvc.perform(post("/my/dossiers/" + code + "/withdraw").param("reason", "x").with(applicant(OWNER)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/my/dossiers/" + code + "/supplement").param("note", "x").with(applicant(OWNER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/my/dossiers/" + code + "/rating").param("score", "5").with(applicant(OWNER)))
                .andExpect(status().isForbidden());
        assertThat(support.dossier(code).getStatus()).isEqualTo(DossierStatus.NEW);
    }

    // --- the dossier page --------------------------------------------------------------------

    @Test
    void thePageShowsTimelineDocumentsFilesAndFormButNotTheOfficersNotes() throws Exception {
        String code = support.submit("P1", OWNER);
        support.runToResultReturned(code, "Ghi chú nội bộ: giám đốc chưa ký biên bản",
                "Lãnh đạo lưu ý: kiểm tra lại sau 6 tháng");
        documents.awaitReady(support.dossier(code)); // documents are rendered after commit
        mvc.perform(get("/my/dossiers/" + code).with(applicant(OWNER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đã trả kết quả"), containsString("text-bg-success"),
                        containsString("Đã có kết quả"), containsString("16/03/2026"),
                        containsString("Nộp hồ sơ trực tuyến"), containsString("Hồ sơ đủ điều kiện tiếp nhận"),
                        containsString("Thẩm định xong, đề xuất chấp thuận"), containsString("Phê duyệt kết quả"),
                        containsString("Trả kết quả"), containsString("02/03/2026 09:"),
                        containsString("/my/dossiers/" + code + "/documents/"),
                        containsString("/my/dossiers/" + code + "/attachments/"), containsString("gvct.pdf"),
                        containsString("Danh sách nhà giáo cơ hữu"), containsString("Nộp lần đầu"),
                        containsString("Tên cơ sở đăng ký hoạt động giáo dục nghề nghiệp"))))
                .andExpect(content().string(allOf(not(containsString("giám đốc chưa ký")),
                        not(containsString("kiểm tra lại sau 6 tháng")), not(containsString("chuyenvien")),
                        not(containsString("lanhdao")), not(containsString("tiepnhan")))));
    }

    @Test
    void aSupplementAnswerSendsTheDossierBackToReception() throws Exception {
        String code = support.submit("P1", OWNER);
        support.complete(code, "Task_Reception", "tiepnhan", "reception",
                Map.of("receptionDecision", "SUPPLEMENT", "decisionNote", SUPPLEMENT_TEXT));
        String base = "/my/dossiers/" + code;

        mvc.perform(get(base).with(applicant(OWNER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Cần bổ sung hồ sơ"), containsString(SUPPLEMENT_TEXT),
                        containsString("action=\"" + base + "/supplement\""), containsString("enctype=\"multipart/form-data\""),
                        containsString("name=\"files.GVCT\""), containsString("for=\"file-GVCT\""),
                        containsString("<label for=\"supplement-note\""), containsString("text-bg-warning"))));

        // nothing sent: the summary names the problem and links to the first upload slot
        mvc.perform(multipart(base + "/supplement").param("note", " ").with(csrf()).with(applicant(OWNER)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("Vui lòng kiểm tra lại thông tin"),
                        containsString("Vui lòng gửi tệp bổ sung hoặc nội dung giải trình"),
                        containsString("href=\"#file-DON\""))));

        // a file that is not what its name says: the note typed is kept
        mvc.perform(multipart(base + "/supplement")
                        .file(new MockMultipartFile("files.GVCT", "danh-sach.pdf", "application/pdf", new byte[] {'M', 'Z', 1}))
                        .param("note", "Đã bổ sung <b>danh sách</b>").with(csrf()).with(applicant(OWNER)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("href=\"#file-GVCT\""),
                        containsString("không đúng định dạng cho phép"),
                        containsString("Đã bổ sung &lt;b&gt;danh sách&lt;/b&gt;"), not(containsString("<b>danh sách</b>")))));
        assertThat(support.dossier(code).getStatus()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

        // the real answer; the browser's path is dropped from the file name
        mvc.perform(multipart(base + "/supplement").file(pdf("GVCT", "C:\\fakepath\\..\\danh-sach-nha-giao.pdf"))
                        .param("note", "Đã bổ sung danh sách nhà giáo").with(csrf()).with(applicant(OWNER)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("flash", "portal.supplement.sent"));

        assertThat(support.openTask(code)).isEqualTo("Task_Reception");
        Dossier answered = support.dossier(code);
        assertThat(answered.getStatus()).isEqualTo(DossierStatus.NEW);
        assertThat(dossiers.attachments(answered)).anySatisfy(file -> {
            assertThat(file.getFileName()).isEqualTo("danh-sach-nha-giao.pdf");
            assertThat(file.getSupplementRound()).isEqualTo(1);
        });
        mvc.perform(get(base).with(applicant(OWNER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Người nộp đã bổ sung hồ sơ"),
                        containsString("Bổ sung lần 1"), containsString("danh-sach-nha-giao.pdf"),
                        not(containsString("action=\"" + base + "/supplement\"")))));
    }

    @Test
    void withdrawalAsksFirstThenWithdraws() throws Exception {
        String code = support.submit("P1", OWNER);
        String base = "/my/dossiers/" + code;
        mvc.perform(get(base).with(applicant(OWNER)))
                .andExpect(content().string(containsString("href=\"" + base + "/withdraw\"")));
        mvc.perform(get(base + "/withdraw").with(applicant(OWNER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bạn có chắc chắn muốn rút hồ sơ " + code),
                        containsString("<label for=\"withdraw-reason\""), containsString("name=\"_csrf\""))));
        assertThat(support.dossier(code).getStatus()).isEqualTo(DossierStatus.NEW);

        mvc.perform(post(base + "/withdraw").param("reason", "x".repeat(1001)).with(csrf()).with(applicant(OWNER)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("href=\"#withdraw-reason\""),
                        containsString("x".repeat(1001)))));
        assertThat(support.dossier(code).getStatus()).isEqualTo(DossierStatus.NEW);

        mvc.perform(post(base + "/withdraw").param("reason", "Cơ sở chưa chuẩn bị kịp giáo trình")
                        .with(csrf()).with(applicant(OWNER)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("flash", "portal.withdraw.done"));
        assertThat(support.dossier(code).getStatus()).isEqualTo(DossierStatus.WITHDRAWN);
        mvc.perform(get(base).with(applicant(OWNER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Công dân rút hồ sơ"),
                        containsString("Người nộp rút hồ sơ"), containsString("Cơ sở chưa chuẩn bị kịp giáo trình"),
                        not(containsString("href=\"" + base + "/withdraw\"")))));
        mvc.perform(get(base + "/withdraw").with(applicant(OWNER))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "portal.withdraw.notAllowed"));
    }

    @Test
    void aReturnedResultIsRatedOnce() throws Exception {
        String code = support.submit("P1", OWNER);
        String base = "/my/dossiers/" + code;
        mvc.perform(post(base + "/rating").param("score", "4").with(csrf()).with(applicant(OWNER)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Chỉ đánh giá được khi hồ sơ đã trả kết quả")));

        support.runToResultReturned(code, "Đủ điều kiện", "Đồng ý");
        mvc.perform(get(base).with(applicant(OWNER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đánh giá mức độ hài lòng"),
                        containsString("Rất không hài lòng"), containsString("Rất hài lòng"),
                        containsString("<label for=\"rating-comment\""))));

        mvc.perform(post(base + "/rating").param("score", "9").param("comment", "Tốt").with(csrf())
                        .with(applicant(OWNER)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("href=\"#rating-score-1\""),
                        containsString("Vui lòng chọn một mức độ hài lòng"), containsString(">Tốt</textarea>"))));

        mvc.perform(post(base + "/rating").param("score", "4").param("comment", "Giải quyết đúng hẹn")
                        .with(csrf()).with(applicant(OWNER)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("flash", "portal.rating.thanks"));
        assertThat(ratings.of(code)).hasValueSatisfying(rating -> {
            assertThat(rating.score()).isEqualTo(4);
            assertThat(rating.comment()).isEqualTo("Giải quyết đúng hẹn");
            assertThat(rating.procedureId()).isEqualTo("P1");
        });
        mvc.perform(get(base).with(applicant(OWNER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bạn đã đánh giá: Hài lòng"),
                        containsString("Giải quyết đúng hẹn"), not(containsString("action=\"" + base + "/rating\"")))));

        mvc.perform(post(base + "/rating").param("score", "1").with(csrf()).with(applicant(OWNER)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Hồ sơ này đã được đánh giá")));
        assertThat(ratings.of(code)).hasValueSatisfying(rating -> assertThat(rating.score()).isEqualTo(4));
    }

    @Test
    void aFeeIsShownWithThePaymentForm() throws Exception {
        String code = support.submit("PT1", OWNER); // test fixture with a fee
        support.complete(code, "Task_Reception", "tiepnhan", "reception", Map.of("receptionDecision", "ACCEPT"));
        assertThat(support.dossier(code).getStatus()).isEqualTo(DossierStatus.PAYMENT_REQUIRED);
        mvc.perform(get("/my/dossiers/" + code).with(applicant(OWNER))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Cần thanh toán"),
                        containsString("Số tiền phải nộp: 1.500.000 đồng"),
                        containsString("action=\"/my/dossiers/" + code + "/pay\""))));
        mvc.perform(get("/my/dossiers").with(applicant(OWNER)))
                .andExpect(content().string(containsString("Cần thanh toán")));
    }

    private static MockMultipartFile pdf(String component, String name) {
        return new MockMultipartFile("files." + component, name, "application/pdf", TestSubmissions.PDF);
    }
}
