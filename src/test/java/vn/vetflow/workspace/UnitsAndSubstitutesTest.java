package vn.vetflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.audit.AuditAction;
import vn.vetflow.audit.AuditEvent;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.dossier.Applicant;
import vn.vetflow.identity.OfficerMailPreferences;
import vn.vetflow.identity.Roles;
import vn.vetflow.notification.CapturingMailer;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.publicservice.DossierEscalated;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.publicservice.PublicServiceProcess;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.tasks.Absences;

/**
 * Units bound what an officer sees and does; absences hand new work to a substitute; officers get the
 * e-mails they chose; every hand-over is in the audit trail.
 */
@VetflowTest
class UnitsAndSubstitutesTest {

    @Autowired MockMvc mvc;
    @Autowired vn.vetflow.support.EventPublications publications;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired PublicServiceProcess process;
    @Autowired TaskWork work;
    @Autowired IdentityService identity;
    @Autowired Absences absences;
    @Autowired Deadlines deadlines;
    @Autowired CapturingMailer mailbox;
    @Autowired AuditTrail audit;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired OfficerMailPreferences preferences;

    String tag;

    @BeforeEach
    void tag() {
        tag = "un" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void anOfficerOfAnotherUnitNeitherSeesNorActsOnTheTask() throws Exception {
        String code = submit();
        String taskId = process.openTasksOf(code).get(0).getId();
        RequestPostProcessor outsider = user(tag + "out").roles(Roles.RECEPTION, "kiemtra");
        Document list = page("/workspace?tab=unclaimed&q=" + tag, outsider);
        assertThat(list.select("#workspace-table tbody tr")).isEmpty();
        mvc.perform(get("/workspace/tasks/{id}", taskId).with(outsider)).andExpect(status().isForbidden());
        mvc.perform(post("/workspace/list/claim").with(outsider).with(csrf()).param("taskId", taskId))
                .andExpect(flash().attribute("error", "workspace.error.forbidden"));
        mvc.perform(post("/workspace/tasks/{id}", taskId).with(outsider).with(csrf())
                .param("f.receptionDecision", "ACCEPT")).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/dossiers/{code}/documents/1", code).with(outsider)).andExpect(status().isNotFound());
        assertThat(process.task(taskId).orElseThrow().getAssignee()).isNull();

        // The one-stop desk sees it.
        Document desk = page("/workspace?tab=unclaimed&q=" + tag, user(tag + "in").roles(Roles.RECEPTION, "motcua"));
        assertThat(desk.select("#workspace-table tbody tr").eachAttr("data-code")).containsExactly(code);
        assertThat(desk.select("#workspace-table tbody tr").text()).contains("Bộ phận Tiếp nhận và Trả kết quả");
    }

    @Test
    void aLeaderSeesTheWholeUnitButNotOtherUnits() throws Exception {
        String received = submit();
        String atReception = submit();
        accept(received);
        RequestPostProcessor leader = user(tag + "lead").roles(Roles.LEADER, "gdnn");
        Document all = page("/workspace?tab=all&q=" + tag, leader);
        assertThat(all.select("#workspace-table tbody tr").eachAttr("data-code")).containsExactly(received);
        assertThat(all.text()).doesNotContain(atReception);
        // The leader sees the specialist's appraisal to assign it, but not as a link to a page answering 403.
        String appraisal = process.openTasksOf(received).get(0).getId();
        assertThat(all.select("#workspace-table tbody tr a").eachAttr("href")).noneMatch(h -> h.contains(appraisal));
        mvc.perform(get("/workspace/tasks/{id}", appraisal).with(leader)).andExpect(status().isForbidden());
        Document specialists = page("/workspace?tab=unclaimed&q=" + tag, user(tag + "spec").roles(Roles.SPECIALIST, "gdnn"));
        assertThat(specialists.select("#workspace-table tbody tr a").eachAttr("href")).anyMatch(h -> h.contains(appraisal));
        String deskTask = process.openTasksOf(atReception).get(0).getId();
        mvc.perform(post("/workspace/list/assign").with(leader).with(csrf()).param("taskIds", deskTask)
                .param("assignee", "chuyenvien")).andExpect(flash().attribute("error", "workspace.assign.failed"));
        assertThat(process.task(deskTask).orElseThrow().getAssignee()).isNull();
    }

    @Test
    void aSpecialistCannotApprove() throws Exception {
        String code = submit();
        accept(code);
        String appraisal = process.openTasksOf(code).get(0).getId();
        work.complete(appraisal, "chuyenvien", List.of(Roles.SPECIALIST, "gdnn"),
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
        String approval = process.openTasksOf(code).get(0).getId();
        assertThat(process.task(approval).orElseThrow().getTaskDefinitionKey()).isEqualTo("Task_Approval");
        RequestPostProcessor specialist = user(tag + "spec").roles(Roles.SPECIALIST, "gdnn");
        mvc.perform(get("/workspace/tasks/{id}", approval).with(specialist)).andExpect(status().isForbidden());
        mvc.perform(post("/workspace/tasks/{id}", approval).with(specialist).with(csrf())
                .param("f.approvalDecision", "APPROVE")).andExpect(status().isForbidden());
        assertThat(process.task(approval)).isPresent();
    }

    @Test
    void workGivenToAnAbsentOfficerGoesToTheSubstituteWhoIsMailedAndItIsAudited() throws Exception {
        String absent = tag + "a";
        String substitute = tag + "b";
        officer(absent, Roles.RECEPTION, "motcua");
        officer(substitute, Roles.RECEPTION, "motcua");
        LocalDate today = deadlines.today();
        absences.add(absent, substitute, today.minusDays(1), today.plusDays(3));
        String code = submit();
        String taskId = process.openTasksOf(code).get(0).getId();
        RequestPostProcessor leader = user(tag + "lead").roles(Roles.LEADER, "motcua");

        mvc.perform(post("/workspace/list/assign").with(leader).with(csrf()).param("taskIds", taskId)
                        .param("assignee", absent))
                .andExpect(flash().attribute("notice", "workspace.assign.substituted"));

        assertThat(process.task(taskId).orElseThrow().getAssignee()).isEqualTo(substitute);
        publications.awaitReactions();
        assertThat(mailbox.to(substitute + "@example.vn")).anySatisfy(mail -> {
            assertThat(mail.mail().subject()).contains(code);
            assertThat(mail.mail().textBody()).contains("/workspace/tasks/" + taskId);
        });
        assertThat(mailbox.to(absent + "@example.vn")).isEmpty();
        assertThat(audit.ofDossier(code)).extracting(AuditEvent::getAction, AuditEvent::getUsername)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.TASK_ASSIGNED, tag + "lead"));
        // Shown in the substitute's own list.
        Document mine = page("/workspace?tab=mine&q=" + tag, user(substitute).roles(Roles.RECEPTION, "motcua"));
        assertThat(mine.select("#workspace-table tbody tr").eachAttr("data-code")).containsExactly(code);
    }

    @Test
    void anOfficerWhoTurnedAssignmentMailOffGetsNone() throws Exception {
        String officer = tag + "q";
        officer(officer, Roles.RECEPTION, "motcua");
        mvc.perform(post("/workspace/settings/notifications").with(user(officer).roles(Roles.RECEPTION, "motcua"))
                .with(csrf()).param("mailOnEscalation", "true")).andExpect(status().is3xxRedirection());
        String taskId = process.openTasksOf(submit()).get(0).getId();
        work.assign(taskId, officer, tag + "lead", List.of(Roles.LEADER, "motcua"));
        assertThat(process.task(taskId).orElseThrow().getAssignee()).isEqualTo(officer);
        publications.awaitReactions();
        assertThat(mailbox.to(officer + "@example.vn")).isEmpty();
        // A claim of one's own is not mailed either way.
        Document settings = page("/workspace/settings", user(officer).roles(Roles.RECEPTION, "motcua"));
        assertThat(settings.getElementById("mailOnAssignment").hasAttr("checked")).isFalse();
        assertThat(settings.getElementById("mailOnEscalation").hasAttr("checked")).isTrue();
    }

    @Test
    void anEscalationIsMailedToTheUnitsLeadersWhoWantIt() {
        String leader = tag + "l";
        String quiet = tag + "m";
        String otherUnit = tag + "n";
        officer(leader, Roles.LEADER, "gdnn");
        officer(quiet, Roles.LEADER, "gdnn");
        officer(otherUnit, Roles.LEADER, "kiemtra");
        preferences.save(quiet, new OfficerMailPreferences.Preference(true, false));
        transaction.executeWithoutResult(status -> events.publishEvent(
                new DossierEscalated(tag + "-0001", "P1", "Cấp giấy chứng nhận", LocalDate.of(2026, 3, 6))));
        publications.awaitReactions();
        assertThat(mailbox.to(leader + "@example.vn")).singleElement()
                .satisfies(mail -> assertThat(mail.mail().textBody()).contains(tag + "-0001", "06/03/2026"));
        assertThat(mailbox.to(quiet + "@example.vn")).isEmpty();
        assertThat(mailbox.to(otherUnit + "@example.vn")).isEmpty();
    }

    @Test
    void anInvalidAbsenceIsShownAgainWithWhatWasTyped() throws Exception {
        String officer = tag + "s";
        String colleague = tag + "t";
        officer(officer, Roles.SPECIALIST, "gdnn");
        officer(colleague, Roles.SPECIALIST, "gdnn");
        RequestPostProcessor me = user(officer).roles(Roles.SPECIALIST, "gdnn");
        String html = mvc.perform(post("/workspace/settings/absences").with(me).with(csrf())
                        .param("substitute", colleague).param("startsOn", "2026-12-10").param("endsOn", "2026-12-01"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#error-summary").text()).contains("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.");
        assertThat(page.select("#substitute option[selected]").val()).isEqualTo(colleague);
        assertThat(page.getElementById("startsOn").val()).isEqualTo("2026-12-10");

        mvc.perform(post("/workspace/settings/absences").with(me).with(csrf())
                        .param("substitute", "chuyenvien2x").param("startsOn", "2026-12-01").param("endsOn", "2026-12-10"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/workspace/settings/absences").with(me).with(csrf())
                        .param("substitute", colleague).param("startsOn", "2026-12-01").param("endsOn", "2026-12-10"))
                .andExpect(flash().attribute("message", "workspace.absence.added"));
        Absences.Absence saved = absences.upcoming(officer, LocalDate.of(2026, 11, 1)).get(0);
        assertThat(saved.substitute()).isEqualTo(colleague);
        assertThat(absences.substituteFor(officer, LocalDate.of(2026, 12, 5))).contains(colleague);
        assertThat(absences.substituteFor(officer, LocalDate.of(2026, 12, 11))).isEmpty();

        // Somebody else cannot remove it.
        mvc.perform(post("/workspace/settings/absences/{id}/delete", saved.id()).with(user(colleague)
                        .roles(Roles.SPECIALIST, "gdnn")).with(csrf()))
                .andExpect(flash().attribute("error", "workspace.absence.error.notYours"));
        assertThat(absences.upcoming(officer, LocalDate.of(2026, 11, 1))).hasSize(1);
    }

    @Test
    void substitutesChainAndStopAtACycle() {
        String a = tag + "x";
        String b = tag + "y";
        String c = tag + "z";
        LocalDate day = LocalDate.of(2027, 1, 5);
        absences.add(a, b, day, day);
        absences.add(b, c, day, day);
        assertThat(absences.substituteFor(a, day)).contains(c);
        absences.add(c, a, day, day);
        assertThat(absences.substituteFor(a, day)).isEmpty();
    }

    private void accept(String code) {
        String taskId = process.openTasksOf(code).get(0).getId();
        work.complete(taskId, "tiepnhan", List.of(Roles.RECEPTION, "motcua"), Map.of("receptionDecision", "ACCEPT"));
    }

    private void officer(String id, String role, String unit) {
        var user = identity.newUser(id);
        user.setFirstName("Cán bộ");
        user.setLastName(id);
        user.setEmail(id + "@example.vn");
        user.setPassword("un-test-password");
        identity.saveUser(user);
        identity.createMembership(id, role);
        identity.createMembership(id, unit);
    }

    private String submit() {
        DossierSubmission.Request valid = submissions.valid("P1", "unapplicant", UUID.randomUUID().toString());
        Applicant applicant = valid.applicant();
        return submission.submit(new DossierSubmission.Request(valid.procedureId(),
                new Applicant(applicant.username(), "Trường " + tag, applicant.idNumber(), applicant.email(),
                        applicant.phone(), applicant.address()),
                valid.subject(), valid.formData(), valid.files(), valid.idempotencyKey())).dossier().getCode();
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
