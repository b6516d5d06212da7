package vn.vetflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vetflow.reporting.ReportingTestSupport.INSTITUTION;
import static vn.vetflow.reporting.ReportingTestSupport.OTHER_INSTITUTION;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.identity.Roles;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.VetflowTest;

/** The reporting pages of the Department and of an institution, and who may open or send what. */
@VetflowTest
class ReportingPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ReportingRounds rounds;
    @Autowired ReportingTestSupport support;
    @Autowired AdjustableClock clock;

    static RequestPostProcessor staff() {
        return user("rpstaff").roles(Roles.INSTITUTION);
    }

    static RequestPostProcessor otherStaff() {
        return user("rpother").roles(Roles.INSTITUTION);
    }

    static RequestPostProcessor specialist() {
        return user("rpspecialist").roles(Roles.SPECIALIST, "gdnn");
    }

    static RequestPostProcessor leader() {
        return user("rpleader").roles(Roles.LEADER, "gdnn");
    }

    @BeforeEach
    void setUp() {
        support.ensure();
        clock.setTo(LocalDateTime.of(2041, 12, 20, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    /** Each test its own year's round, so their reports do not meet. */
    private String round(int year) {
        return rounds.round(year + "-Y").map(Round::code).orElseGet(() ->
                rounds.open(new OpenRound(RoundRules.RoundKind.YEAR, year, null, null, null), "rpleader"));
    }

    @Test
    void onlyTheDepartmentSeesRoundsAndOnlyLeadersOpenThem() throws Exception {
        mvc.perform(get("/reporting")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/reporting").with(staff())).andExpect(status().isForbidden());
        mvc.perform(get("/reporting").with(user("app").roles(Roles.APPLICANT))).andExpect(status().isForbidden());
        mvc.perform(get("/reporting").with(user("sup").roles(Roles.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"open-round\""))));
        mvc.perform(get("/reporting").with(leader())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"open-round\"")));
        mvc.perform(post("/reporting/rounds").with(specialist()).with(csrf()).param("kind", "YEAR").param("year", "2042"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reporting/rounds").with(user("sup").roles(Roles.SUPERVISOR)).with(csrf())
                .param("kind", "YEAR").param("year", "2042")).andExpect(status().isForbidden());
        // An ad hoc round without its dates is refused with the messages, keeping what was typed.
        mvc.perform(post("/reporting/rounds").with(leader()).with(csrf()).param("kind", "AD_HOC").param("from", "01/03/2042"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("value=\"01/03/2042\"")))
                .andExpect(content().string(containsString("Vui lòng nhập thông tin này.")));
        mvc.perform(post("/reporting/rounds").with(leader()).with(csrf()).param("kind", "AD_HOC")
                        .param("from", "01/01/2042").param("to", "31/03/2042").param("dueOn", "10/04/2042"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reporting/rounds/2042-AH-01"));
    }

    @Test
    void theRoundShowsEachInstitutionAndTheReviewPageItsReport() throws Exception {
        String round = round(2041);
        mvc.perform(get("/reporting/rounds/" + round).with(specialist())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường Trung cấp Thử nghiệm Báo cáo")))
                .andExpect(content().string(containsString("Chưa nộp")));
        long id = support.report(round, INSTITUTION).id();
        mvc.perform(get("/reporting/reports/" + id).with(specialist())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"review-form\""))));
        mvc.perform(get("/reporting/reports/" + id).with(staff())).andExpect(status().isForbidden());
        mvc.perform(post("/reporting/reports/" + id + "/review").with(staff()).with(csrf()).param("reviewDecision", "ACCEPT"))
                .andExpect(status().isForbidden());

        // Submitted, the report waits for review: the work list's link leads to it, with the decision form.
        support.submit(round, INSTITUTION, "rpstaff", ReportingTestSupport.figures(), ReportingTestSupport.cells());
        String review = support.task(round, INSTITUTION, ReportingProcess.REVIEW);
        mvc.perform(get("/reporting/tasks/" + review).with(specialist())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reporting/reports/" + id));
        mvc.perform(get("/reporting/reports/" + id).with(specialist())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"review-form\"")));
        // A return without a comment is refused with its message.
        mvc.perform(post("/reporting/reports/" + id + "/review").with(specialist()).with(csrf())
                        .param("reviewDecision", "RETURN"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("vui lòng ghi ý kiến")));
        mvc.perform(post("/reporting/reports/" + id + "/review").with(specialist()).with(csrf())
                        .param("reviewDecision", "RETURN").param("reviewComment", "Bổ sung minh chứng"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reporting/rounds/" + round));
        assertThat(support.report(round, INSTITUTION).status()).isEqualTo(ReportStatus.RETURNED);
        mvc.perform(get("/my/reports/" + id).with(staff())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bổ sung minh chứng")));
    }

    @Test
    void anInstitutionFillsItsOwnReportOnlyAndKeepsWhatItTypedWhenRefused() throws Exception {
        String round = round(2044);
        long own = support.report(round, INSTITUTION).id();
        long other = support.report(round, OTHER_INSTITUTION).id();
        mvc.perform(get("/my/reports").with(staff())).andExpect(status().isOk())
                .andExpect(content().string(containsString(round)));
        mvc.perform(get("/my/reports/" + own).with(staff())).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"t.enrolment.COLLEGE|6480201\"")));
        mvc.perform(get("/my/reports/" + other).with(staff())).andExpect(status().isNotFound());
        mvc.perform(get("/my/reports/" + own).with(user("app").roles(Roles.APPLICANT))).andExpect(status().isForbidden());
        mvc.perform(get("/my/reports/" + own).with(specialist())).andExpect(status().isForbidden());
        mvc.perform(post("/my/reports/" + other).with(staff()).with(csrf()).param("action", "save"))
                .andExpect(status().isNotFound());

        // A draft keeps what parses; a figure that does not is refused with its message, the typed text kept.
        MockMultipartHttpServletRequestBuilder wrong = multipart("/my/reports/" + own);
        wrong.param("action", "save").param("f.teachers", "4x");
        mvc.perform(wrong.with(staff()).with(csrf())).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("value=\"4x\"")))
                .andExpect(content().string(containsString("Phải là số nguyên không âm.")));
        MockMultipartHttpServletRequestBuilder draft = multipart("/my/reports/" + own);
        draft.file(new MockMultipartFile("files", "minh-chung.pdf", "application/pdf", "%PDF-1.4".getBytes()));
        draft.param("action", "save").param("f.teachers", "40");
        mvc.perform(draft.with(staff()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(rounds.figures(own)).containsKey(FigureKey.single("teachers"));
        assertThat(rounds.files(own)).isNotEmpty();

        // Submitting: the atMost rule speaks in the reader's terms.
        MockMultipartHttpServletRequestBuilder submit = multipart("/my/reports/" + own);
        Map<String, Object> figures = ReportingTestSupport.figures();
        figures.put("teachersDigitalCompetence", "41");
        figures.forEach((key, value) -> submit.param("f." + key, value.toString()));
        ReportingTestSupport.cells().forEach(submit::param);
        submit.param("action", "submit");
        mvc.perform(submit.with(staff()).with(csrf())).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Không được lớn hơn &quot;Số nhà giáo, cán bộ quản lý&quot; (40).")));
        assertThat(support.report(round, INSTITUTION).status()).isEqualTo(ReportStatus.EXPECTED);
    }
}
