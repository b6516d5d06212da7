package vn.vetflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.dossier.Applicant;
import vn.vetflow.identity.Officers;
import vn.vetflow.identity.Roles;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.publicservice.PublicServiceProcess;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/** The officers' task list: tabs and counts, search, paging and order in the URL, claim and assignment. */
@VetflowTest
class WorkListPageTest {

    @Autowired MockMvc mvc;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired PublicServiceProcess process;
    @Autowired IdentityService identity;
    @Autowired AdjustableClock clock;

    /** A word only this test's dossiers carry in their applicant name, so searches count only them. */
    String tag;
    @Autowired Officers officers;
    String me;

    @BeforeEach
    void tag() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        tag = "wl" + suffix;
        me = "wlrec" + suffix;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void applicantsMayNotOpenTheWorkspace() throws Exception {
        mvc.perform(get("/workspace").with(user("wlapplicant").roles(Roles.APPLICANT))).andExpect(status().isForbidden());
    }

    @Test
    void receptionSeesNewDossiersUnclaimedWithCountsAndRows() throws Exception {
        List<String> codes = List.of(submit(), submit());
        Document page = page("/workspace?tab=unclaimed&q=" + tag, reception(me));
        assertThat(count(page, "unclaimed")).isEqualTo(2);
        assertThat(count(page, "mine")).isZero();
        assertThat(count(page, "soon") + count(page, "today")).isEqualTo(2);
        assertThat(count(page, "overdue")).isZero();
        assertThat(page.getElementById("tab-all")).isNull();
        List<Element> rows = page.select("#workspace-table tbody tr");
        assertThat(rows).extracting(row -> row.attr("data-code")).containsExactlyInAnyOrderElementsOf(codes);
        Element row = rows.get(0);
        assertThat(row.text()).contains("Cấp giấy", tag, "Kiểm tra, tiếp nhận hồ sơ", "ngày làm việc");
        assertThat(row.select("a[href^=/workspace/tasks/]").attr("href"))
                .endsWith("?tab=unclaimed&q=" + tag + "&sort=due&page=1");
        assertThat(row.select("form[action=/workspace/list/claim] button").text()).isEqualTo("Nhận việc");
        assertThat(row.select("input[name=_csrf]")).isNotEmpty();
    }

    @Test
    void aClaimedTaskMovesToMyTasksAndBack() throws Exception {
        String code = submit();
        String taskId = process.openTasksOf(code).get(0).getId();
        mvc.perform(post("/workspace/list/claim").with(reception(me)).with(csrf()).param("taskId", taskId)
                        .param("tab", "unclaimed").param("q", tag).param("sort", "due").param("page", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/workspace?tab=unclaimed&q=" + tag + "&sort=due&page=1"));
        Document mine = page("/workspace?tab=mine&q=" + tag, reception(me));
        assertThat(count(mine, "mine")).isEqualTo(1);
        assertThat(count(mine, "unclaimed")).isZero();
        assertThat(mine.select("#workspace-table tbody tr").attr("data-code")).isEqualTo(code);
        assertThat(mine.select("form[action=/workspace/list/unclaim]")).hasSize(1);

        // Another receptionist neither sees it unclaimed nor may give it back.
        Document other = page("/workspace?tab=unclaimed&q=" + tag, reception(me + "x"));
        assertThat(count(other, "unclaimed")).isZero();
        mvc.perform(post("/workspace/list/unclaim").with(reception(me + "x")).with(csrf()).param("taskId", taskId))
                .andExpect(status().is3xxRedirection());
        assertThat(process.task(taskId).orElseThrow().getAssignee()).isEqualTo(me);

        mvc.perform(post("/workspace/list/unclaim").with(reception(me)).with(csrf()).param("taskId", taskId))
                .andExpect(status().is3xxRedirection());
        assertThat(process.task(taskId).orElseThrow().getAssignee()).isNull();
        assertThat(count(page("/workspace?q=" + tag, reception(me)), "unclaimed")).isEqualTo(1);
    }

    @Test
    void claimingWithoutTheTokenIsRefused() throws Exception {
        String taskId = process.openTasksOf(submit()).get(0).getId();
        mvc.perform(post("/workspace/list/claim").with(reception(me)).param("taskId", taskId))
                .andExpect(status().isForbidden());
        assertThat(process.task(taskId).orElseThrow().getAssignee()).isNull();
    }

    @Test
    void aSpecialistDoesNotSeeReceptionTasksNorTheWholeUnit() throws Exception {
        submit();
        RequestPostProcessor specialist = user("wlspec" + tag).roles(Roles.SPECIALIST, "gdnn");
        Document page = page("/workspace?tab=unclaimed&q=" + tag, specialist);
        assertThat(count(page, "unclaimed")).isZero();
        assertThat(page.select("#workspace-table tbody tr")).isEmpty();
        assertThat(page.getElementById("workspace-empty")).isNotNull();
        mvc.perform(get("/workspace?tab=all").with(specialist)).andExpect(status().isForbidden());
    }

    @Test
    void aLeaderAssignsTwoTasksAtOnce() throws Exception {
        String officer = "wloff" + tag.substring(2);
        identity.saveUser(newUser(officer));
        identity.createMembership(officer, Roles.RECEPTION);
        identity.createMembership(officer, "motcua");
        try {
            String first = process.openTasksOf(submit()).get(0).getId();
            String second = process.openTasksOf(submit()).get(0).getId();
            RequestPostProcessor leader = user("wllead" + tag).roles(Roles.LEADER, "gdnn", "motcua");
            Document page = page("/workspace?tab=all&q=" + tag, leader);
            assertThat(count(page, "all")).isEqualTo(2);
            assertThat(page.select("#assignee option[value=" + officer + "]")).hasSize(1);
            assertThat(page.select("input[type=checkbox][name=taskIds][form=assign-form]")).hasSize(2);

            mvc.perform(post("/workspace/list/assign").with(reception(me)).with(csrf()).param("taskIds", first)
                    .param("assignee", me)).andExpect(status().isForbidden());
            var flash = mvc.perform(post("/workspace/list/assign").with(leader).with(csrf())
                            .param("taskIds", first, second).param("assignee", officer).param("tab", "all").param("q", tag))
                    .andExpect(redirectedUrl("/workspace?tab=all&q=" + tag + "&sort=due&page=1"))
                    .andReturn().getFlashMap();
            String shown = mvc.perform(get("/workspace?tab=all&q=" + tag).with(leader).flashAttrs(flash))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            // People by their full names, in the message and in the list's assignee column.
            String name = officers.fullName(officer);
            assertThat(name).isNotEqualTo(officer);
            assertThat(Jsoup.parse(shown).select(".alert-success").text()).isEqualTo("Đã giao 2 việc cho " + name + ".");
            assertThat(Jsoup.parse(shown).select("#workspace-table tbody tr td[data-label=Người xử lý]").eachText())
                    .containsOnly(name);
            assertThat(process.task(first).orElseThrow().getAssignee()).isEqualTo(officer);
            assertThat(process.task(second).orElseThrow().getAssignee()).isEqualTo(officer);
            assertThat(count(page("/workspace?q=" + tag, reception(officer)), "mine")).isEqualTo(2);

            // Nobody outside the task's groups gets it.
            mvc.perform(post("/workspace/list/assign").with(leader).with(csrf()).param("taskIds", first)
                    .param("assignee", "wlnobody" + tag)).andExpect(status().is3xxRedirection());
            assertThat(process.task(first).orElseThrow().getAssignee()).isEqualTo(officer);
        } finally {
            identity.deleteUser(officer);
        }
    }

    @Test
    void pagingAndOrderRoundTripInTheUrl() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < WorkList.PAGE_SIZE + 1; i++) {
            codes.add(submit());
        }
        Document first = page("/workspace?tab=unclaimed&q=" + tag + "&sort=received&page=1", reception(me));
        assertThat(first.select("#workspace-table tbody tr")).hasSize(WorkList.PAGE_SIZE);
        assertThat(first.select("#workspace-table tbody tr").eachAttr("data-code"))
                .containsExactlyElementsOf(codes.subList(0, WorkList.PAGE_SIZE));
        assertThat(first.getElementById("page-info").text()).isEqualTo("Trang 1/2");
        assertThat(first.select("a[rel=next]").attr("href"))
                .isEqualTo("/workspace?tab=unclaimed&q=" + tag + "&sort=received&page=2");
        assertThat(first.select("#sort option[selected]").val()).isEqualTo("received");

        Document second = page("/workspace?tab=unclaimed&q=" + tag + "&sort=received&page=2", reception(me));
        assertThat(second.select("#workspace-table tbody tr").eachAttr("data-code"))
                .containsExactly(codes.get(WorkList.PAGE_SIZE));
        assertThat(second.select("#workspace-table a[href^=/workspace/tasks/]").attr("href"))
                .endsWith("?tab=unclaimed&q=" + tag + "&sort=received&page=2");
        assertThat(second.select("a[rel=prev]").attr("href"))
                .isEqualTo("/workspace?tab=unclaimed&q=" + tag + "&sort=received&page=1");

        // A page past the end shows the last one; the default order is the deadline.
        Document beyond = page("/workspace?tab=unclaimed&q=" + tag + "&page=9", reception(me));
        assertThat(beyond.getElementById("page-info").text()).isEqualTo("Trang 2/2");
        assertThat(beyond.select("#sort option[selected]").val()).isEqualTo("due");
    }

    @Test
    void overdueTasksShowInRedUnderOverdue() throws Exception {
        String code = submit();
        clock.advance(Duration.ofDays(30));
        Document page = page("/workspace?tab=overdue&q=" + tag, reception(me));
        assertThat(count(page, "overdue")).isEqualTo(1);
        Element badge = page.selectFirst("tr[data-code=" + code + "] .badge");
        assertThat(badge.classNames()).contains("wl-overdue", "text-bg-danger");
        assertThat(badge.text()).startsWith("Quá hạn");
    }

    @Test
    void onItsDueDayATaskIsDueToday() throws Exception {
        String code = submit();
        var due = process.openTasksOf(code).get(0).getDueDate().toInstant();
        clock.setTo(due.minus(Duration.ofHours(8)));
        Document page = page("/workspace?tab=today&q=" + tag, reception(me));
        assertThat(count(page, "today")).isEqualTo(1);
        assertThat(count(page, "soon")).isZero();
        assertThat(count(page, "overdue")).isZero();
        Element badge = page.selectFirst("tr[data-code=" + code + "] .badge");
        assertThat(badge.classNames()).contains("wl-due-soon", "text-bg-warning");
        assertThat(badge.text()).isEqualTo("Còn 0 ngày làm việc");
    }

    @Test
    void aPageThatIsNotANumberIsTheFirst() throws Exception {
        submit();
        Document page = page("/workspace?tab=unclaimed&q=" + tag + "&page=abc", reception(me));
        assertThat(page.select("#workspace-table tbody tr")).hasSize(1);
    }

    @Test
    void englishLabels() throws Exception {
        submit();
        Document page = page("/workspace?tab=unclaimed&lang=en&q=" + tag, reception(me));
        assertThat(page.getElementById("tab-unclaimed").text()).startsWith("Unclaimed");
        assertThat(page.select("label[for=q]").text()).isEqualTo("Search");
    }

    private String submit() {
        DossierSubmission.Request valid = submissions.valid("P1", "wlapplicant", UUID.randomUUID().toString());
        Applicant applicant = valid.applicant();
        DossierSubmission.Request request = new DossierSubmission.Request(valid.procedureId(),
                new Applicant(applicant.username(), "Trường " + tag, applicant.idNumber(), applicant.email(),
                        applicant.phone(), applicant.address()),
                valid.subject(), valid.formData(), valid.files(), valid.idempotencyKey());
        return submission.submit(request).dossier().getCode();
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        String html = mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private static long count(Document page, String tab) {
        return Long.parseLong(page.getElementById("count-" + tab).text());
    }

    private static RequestPostProcessor reception(String username) {
        return user(username).roles(Roles.RECEPTION, "motcua");
    }

    private org.camunda.bpm.engine.identity.User newUser(String id) {
        var user = identity.newUser(id);
        user.setFirstName("Cán bộ");
        user.setLastName("Tiếp nhận");
        user.setPassword("wl-test-password");
        return user;
    }
}
