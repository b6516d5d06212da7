package vn.vetflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vetflow.inspection.InspectionTestSupport.INSPECTOR;
import static vn.vetflow.inspection.InspectionTestSupport.LEADER;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.identity.Roles;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/** The inspection pages of each party, and who may open what. */
@VetflowTest
class InspectionPagesTest {

    @Autowired MockMvc mvc;
    @Autowired vn.vetflow.support.EventPublications publications;
    @Autowired Inspections inspections;
    @Autowired InspectionTestSupport support;
    @Autowired AdjustableClock clock;
    @Autowired vn.vetflow.identity.Officers officers;
    @Autowired vn.vetflow.inspectionplan.InspectionPlans plans;

    static RequestPostProcessor inspector() {
        return user("ktinspector").roles(Roles.INSPECTOR, "kiemtra");
    }

    static RequestPostProcessor leader() {
        return user("ktleader").roles(Roles.LEADER, "kiemtra");
    }

    static RequestPostProcessor specialist() {
        return user("ktspecialist").roles(Roles.SPECIALIST, "gdnn");
    }

    static RequestPostProcessor staff() {
        return user("ktstaff").roles(Roles.INSTITUTION);
    }

    static RequestPostProcessor otherStaff() {
        return user("ktother").roles(Roles.INSTITUTION);
    }

    static RequestPostProcessor applicant() {
        return user("ktapplicant").roles(Roles.APPLICANT);
    }

    static RequestPostProcessor supervisor() {
        return user("ktsupervisor").roles(Roles.SUPERVISOR);
    }

    @BeforeEach
    void setUp() {
        support.ensure();
        clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void onlyTheInspectionUnitOpensTheWorkspacePages() throws Exception {
        String code = support.start();
        mvc.perform(get("/workspace/inspections").with(applicant())).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/inspections").with(staff())).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/inspections").with(specialist())).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/inspections/" + code).with(specialist())).andExpect(status().isForbidden());
        Document list = page("/workspace/inspections", inspector());
        assertThat(list.select("#inspections a").eachText()).contains(code);
        assertThat(page("/workspace/inspections", leader()).select("#inspections a").eachText()).contains(code);
        mvc.perform(get("/workspace/inspections/NO-SUCH").with(inspector())).andExpect(status().isNotFound());
    }

    @Test
    void anInspectorStartsAnInspectionAndItsTasksAreInTheWorkList() throws Exception {
        String location = mvc.perform(post("/workspace/inspections").with(inspector()).with(csrf())
                        .param("institutionCode", InspectionTestSupport.INSTITUTION)
                        .param("subject", "Kiểm tra đột xuất theo phản ánh"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String code = location.substring(location.lastIndexOf('/') + 1);
        assertThat(inspections.get(code).source()).isEqualTo("AD_HOC");
        mvc.perform(post("/workspace/inspections").with(inspector()).with(csrf()).param("institutionCode", "NONE")
                .param("subject", "x")).andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/workspace/inspections").with(specialist()).with(csrf())
                .param("institutionCode", InspectionTestSupport.INSTITUTION).param("subject", "x"))
                .andExpect(status().isForbidden());

        Document file = page("/workspace/inspections/" + code, inspector());
        assertThat(file.select("#classification").text()).isEqualTo("Chưa phân loại (cuộc kiểm tra chưa kết thúc)");
        String taskUrl = file.select("a[href^=/workspace/inspections/tasks/]").attr("href");
        assertThat(taskUrl).isNotEmpty();

        Document work = page("/workspace?tab=unclaimed&q=" + code, inspector());
        assertThat(work.select("a[href^=/workspace/inspections/tasks/]")).isNotEmpty();
        assertThat(work.text()).contains("Trường Trung cấp Thử nghiệm Kiểm tra", "Dự thảo quyết định kiểm tra");
        // A specialist of another unit does not see it.
        assertThat(page("/workspace?tab=unclaimed&q=" + code, specialist())
                .select("a[href^=/workspace/inspections/tasks/]")).isEmpty();
    }

    @Test
    void theTaskPageValidatesOnTheServerAndOnlyLeadersSign() throws Exception {
        String code = support.start();
        String draft = support.task(code, "Task_DraftDecision").getId();
        Document page = page("/workspace/inspections/tasks/" + draft, inspector());
        assertThat(page.select("#step-form input[name=f.decisionNumber]")).hasSize(1);

        Document invalid = Jsoup.parse(mvc.perform(post("/workspace/inspections/tasks/" + draft).with(inspector()).with(csrf())
                        .param("f.decisionNumber", "15/QĐ-SGDĐT"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString());
        assertThat(invalid.select("#error-summary li")).isNotEmpty();
        assertThat(invalid.select("input[name=f.decisionNumber]").attr("value")).isEqualTo("15/QĐ-SGDĐT");

        mvc.perform(post("/workspace/inspections/tasks/" + draft).with(inspector()).with(csrf())
                        .param("f.decisionNumber", "15/QĐ-SGDĐT").param("f.decisionSubject", "Kiểm tra điều kiện")
                        .param("f.legalBasis", "Nghị định 217/2025/NĐ-CP").param("f.inspectionMode", "DOCUMENTS")
                        .param("f.checkFrom", "2026-03-16").param("f.checkTo", "2026-03-20"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/workspace/inspections/" + code));

        String sign = support.task(code, "Task_SignDecision").getId();
        mvc.perform(get("/workspace/inspections/tasks/" + sign).with(specialist())).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/inspections/tasks/" + sign).with(inspector())).andExpect(status().isForbidden());
        mvc.perform(post("/workspace/inspections/tasks/" + sign).with(specialist()).with(csrf())
                .param("f.decisionSignoff", "SIGN")).andExpect(status().isForbidden());
        mvc.perform(post("/workspace/inspections/tasks/" + sign).with(leader()).with(csrf())
                .param("f.decisionSignoff", "SIGN")).andExpect(status().is3xxRedirection());
        assertThat(inspections.get(code).stage()).isEqualTo(InspectionStage.PLANNING);

        long decision = inspections.documents(code).stream().filter(d -> d.type().equals("DECISION")).findFirst()
                .orElseThrow().id();
        publications.awaitReactions(); // the PDF is rendered and signed after commit
        byte[] pdf = mvc.perform(get("/workspace/inspections/" + code + "/documents/" + decision).with(inspector()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        // The institution receives the decision; another institution does not see it at all.
        mvc.perform(get("/my/inspections/" + code + "/documents/" + decision).with(staff())).andExpect(status().isOk());
        mvc.perform(get("/my/inspections/" + code + "/documents/" + decision).with(otherStaff()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theInstitutionSeesOnlyItsOwnInspectionsAndSubmitsItsSelfAssessment() throws Exception {
        String code = support.start();
        support.work(code, "Task_DraftDecision", "ktinspector", INSPECTOR, InspectionTestSupport.decision());
        support.work(code, "Task_SignDecision", "ktleader", LEADER, Map.of("decisionSignoff", "SIGN"));
        support.planApproved(code);
        support.work(code, "Task_Notice", "ktinspector", INSPECTOR, InspectionTestSupport.notice("SYSTEM"));
        support.work(code, "Task_Announce", "ktinspector", INSPECTOR, Map.of("announcedOn", "2026-03-03"));

        Document mine = page("/my/inspections", staff());
        assertThat(mine.select("a[href=/my/inspections/" + code + "]")).hasSize(1);
        String taskHref = mine.select("#my-tasks a[href^=/my/inspections/tasks/]").first().attr("href");
        assertThat(page("/my/inspections", otherStaff()).select("a[href=/my/inspections/" + code + "]")).isEmpty();
        mvc.perform(get("/my/inspections/" + code).with(otherStaff())).andExpect(status().isNotFound());
        mvc.perform(get(taskHref).with(otherStaff())).andExpect(status().isForbidden());
        mvc.perform(get("/my/inspections").with(applicant())).andExpect(status().isForbidden());
        mvc.perform(get("/my/inspections").with(inspector())).andExpect(status().isForbidden());

        Document task = page(taskHref, staff());
        assertThat(task.select("#step-form textarea[name=f.selfAssessment]")).hasSize(1);
        assertThat(task.select("#step-form input[type=file][name=files]")).hasSize(1);
        mvc.perform(multipart(taskHref).file(new MockMultipartFile("files", "minh-chung.pdf", "application/pdf",
                        TestSubmissions.PDF)).param("f.selfAssessment", "Báo cáo tự đánh giá").with(staff()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/my/inspections/" + code));
        assertThat(inspections.files(code)).extracting(InspectionFile::purpose).containsExactly("EVIDENCE");
        assertThat(inspections.get(code).stage()).isEqualTo(InspectionStage.CHECK);
        Document view = page("/my/inspections/" + code, staff());
        assertThat(view.text()).contains("Báo cáo tự đánh giá", "Quyết định kiểm tra");
        // Working papers stay with the team.
        assertThat(view.text()).doesNotContain("Kế hoạch kiểm tra");

        // The team and the people behind each document appear by their full names, never their logins.
        Document file = page("/workspace/inspections/" + code, inspector());
        assertThat(file.select("section[aria-labelledby=team-title] li").eachText())
                .anySatisfy(line -> assertThat(line).startsWith(officers.fullName("ktinspector") + " · "))
                .noneSatisfy(line -> assertThat(line).startsWith("ktinspector "));
        assertThat(file.select("section[aria-labelledby=documents-title] td.small span")
                .eachText()).contains(officers.fullName("ktleader")).doesNotContain("ktleader", "ktinspector");
    }

    @Test
    void anItemOfTheApprovedPlanStartsOneInspection() throws Exception {
        // A year of its own, so no other test's plan is in the way.
        clock.setTo(LocalDateTime.of(2040, 3, 1, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        if (plans.plan(2040).isEmpty()) {
            plans.create(2040, "ktinspector");
            plans.addItem(2040, InspectionTestSupport.INSTITUTION, java.util.List.of("teachers"), 2, null, "ktinspector");
            plans.submit(2040, "ktinspector");
            plans.approve(2040, "ktleader");
        }
        long item = plans.approvedItems(2040).get(0).itemId();
        Document list = page("/workspace/inspections", inspector());
        assertThat(list.select("form[action=/workspace/inspections/plan/" + item + "]")).hasSize(1);
        String location = mvc.perform(post("/workspace/inspections/plan/" + item).with(inspector()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String code = location.substring(location.lastIndexOf('/') + 1);
        Inspection started = inspections.get(code);
        assertThat(started.source()).isEqualTo("PLAN");
        assertThat(started.planItemId()).isEqualTo(item);
        assertThat(plans.approvedItems(2040).get(0).inspectionCode()).isEqualTo(code);
        assertThat(page("/workspace/inspections", inspector())
                .select("form[action=/workspace/inspections/plan/" + item + "]")).isEmpty();
    }

    @Test
    void supervisorsRegisterPaperInspections() throws Exception {
        mvc.perform(get("/inspections/paper").with(inspector())).andExpect(status().isForbidden());
        mvc.perform(get("/inspections/paper").with(staff())).andExpect(status().isForbidden());
        page("/inspections/paper", supervisor());
        mvc.perform(multipart("/inspections/paper").param("institutionCode", InspectionTestSupport.OTHER_INSTITUTION)
                        .param("subject", "Kiểm tra năm 2025").param("decisionNumber", "12/QĐ-SGDĐT")
                        .param("decisionOn", "2026-01-10").param("conclusionNumber", "20/KL-SGDĐT")
                        .param("conclusionOn", "2026-02-10").with(supervisor()).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(multipart("/inspections/paper").file(new MockMultipartFile("scans", "kl.pdf", "application/pdf",
                                TestSubmissions.PDF)).param("institutionCode", InspectionTestSupport.OTHER_INSTITUTION)
                        .param("subject", "Kiểm tra năm 2025").param("decisionNumber", "12/QĐ-SGDĐT")
                        .param("decisionOn", "2026-01-10").param("conclusionNumber", "20/KL-SGDĐT")
                        .param("conclusionOn", "2026-02-10").with(supervisor()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Inspection paper = inspections.all().stream().filter(Inspection::paper)
                .filter(i -> "20/KL-SGDĐT".equals(i.conclusionNumber())).findFirst().orElseThrow();
        assertThat(paper.digital()).isFalse();
        Document show = page("/inspections/paper/" + paper.code(), supervisor());
        assertThat(show.select("#classification").text()).startsWith("Không");
    }

    private Document page(String url, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
