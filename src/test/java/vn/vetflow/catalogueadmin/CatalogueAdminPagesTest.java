package vn.vetflow.catalogueadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.catalogue.CatalogueVersions;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.calendar.WorkingCalendar;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.publicservice.PublicServiceProcess;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/**
 * /admin/catalogue: who may use it, and a version published from the page taking effect on its date while a
 * running dossier keeps its deadline. Works on the fixture PT2 (src/test/resources/test-catalogue), which no
 * other test uses, because published rows stay in the database for the rest of the run.
 */
@VetflowTest
class CatalogueAdminPagesTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final ObjectMapper YAML = new YAMLMapper();

    @Autowired MockMvc mvc;
    @Autowired AdjustableClock clock;
    @Autowired CatalogueVersions versions;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired PublicServiceProcess process;
    @Autowired TaskWork work;
    @Autowired DossierService dossiers;
    @Autowired AuditTrail audit;
    @Autowired WorkingCalendar calendar;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestPostProcessor admin() {
        return user("quantri").roles("admin");
    }

    @Test
    void onlyAdministratorsReachThePage() throws Exception {
        mvc.perform(get("/admin/catalogue")).andExpect(status().is3xxRedirection());
        for (String role : List.of("applicant", "institution", "reception", "specialist", "leader", "inspector",
                "supervisor")) {
            RequestPostProcessor someone = user("u-" + role).roles(role);
            mvc.perform(get("/admin/catalogue").with(someone)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/catalogue/PT2/export").with(someone)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/catalogue/PT2/publish").param("draft", "version: 9").with(csrf()).with(someone))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/catalogue").with(admin())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Quản trị danh mục thủ tục hành chính"),
                        containsString("href=\"/admin/catalogue/P1\""), containsString("href=\"/admin/catalogue/P7\""))));
        mvc.perform(get("/admin/catalogue/P3").with(admin())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("departmentDays: 7"), containsString("version: 3"),
                        containsString("Soạn phiên bản mới"))));
        mvc.perform(get("/admin/catalogue/P99").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void theExportIsACatalogueFileOfEveryVersion() throws Exception {
        String yaml = mvc.perform(get("/admin/catalogue/P1/export").with(admin())).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("P1.yaml")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(yaml).contains("id: P1", "version: 1", "version: 2", "version: 3", "118/2025/NĐ-CP");
    }

    @Test
    void aBrokenDraftIsRefusedWithTheStartupMessage() throws Exception {
        at(2026, 3, 2);
        ObjectNode draft = nextDraft("PT2");
        draft.put("effectiveFrom", "2027-06-01");
        int budgets = draft.path("deadlineDays").asInt(); // whatever earlier tests published, the steps add up to it
        draft.put("deadlineDays", budgets + 1);
        mvc.perform(post("/admin/catalogue/PT2/publish").param("draft", YAML.writeValueAsString(draft))
                        .with(csrf()).with(admin()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("steps: the step budgets add up to " + budgets
                        + " working days but deadlineDays is " + (budgets + 1))));
        draft.put("deadlineDays", budgets);
        draft.put("effectiveFrom", "2026-02-27");
        mvc.perform(post("/admin/catalogue/PT2/check").param("draft", YAML.writeValueAsString(draft))
                        .with(csrf()).with(admin()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("effectiveFrom: 2026-02-27 is in the past")));
        assertThat(versions.publishedOf("PT2")).noneMatch(p -> p.effectiveFrom().equals(LocalDate.of(2027, 6, 1))
                || p.effectiveFrom().equals(LocalDate.of(2026, 2, 27)));
    }

    @Test
    void aPublishedVersionTakesEffectOnItsDateWhileARunningDossierKeepsItsDeadline() throws Exception {
        at(2026, 3, 2); // Monday
        String running = submit("PT2");
        complete(running, "Task_Reception", "tiepnhan", "reception", Map.of("receptionDecision", "ACCEPT"));
        Dossier before = dossiers.get(running);
        LocalDate runningAppointment = before.getAppointmentDate();
        assertThat(runningAppointment).isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 3, 2), 15));

        // A decree lengthens the appraisal by five working days from Monday 9 March.
        ObjectNode draft = nextDraft("PT2");
        draft.put("effectiveFrom", "2026-03-09");
        draft.put("deadlineDays", 20);
        ((ObjectNode) draft.path("steps").path("appraisal")).put("days", 15);
        draft.withArray("legalBasis").add("Nghị định kiểm thử số 1/2026/NĐ-CP");
        mvc.perform(post("/admin/catalogue/PT2/check").param("draft", YAML.writeValueAsString(draft))
                        .with(csrf()).with(admin()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Phiên bản 2 hợp lệ")));
        mvc.perform(post("/admin/catalogue/PT2/publish").param("draft", YAML.writeValueAsString(draft))
                        .with(csrf()).with(admin()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/catalogue/PT2"));
        assertThat(audit.ofDossier(CataloguePublication.auditCode("PT2")))
                .anySatisfy(e -> {
                    assertThat(e.getAction()).isEqualTo(CataloguePublication.AUDIT_ACTION);
                    assertThat(e.getUsername()).isEqualTo("quantri");
                });
        mvc.perform(get("/admin/catalogue/PT2").with(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phiên bản 2, áp dụng từ ngày 09/03/2026, do quantri công bố")));

        // Until Sunday 8 March new dossiers still take version 1; the version read from the database ends the old one.
        assertThat(catalogue.currentVersion("PT2", LocalDate.of(2026, 3, 8)).version()).isEqualTo(1);
        assertThat(catalogue.version("PT2", 1).effectiveTo()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(catalogue.currentVersion("PT2", LocalDate.of(2026, 3, 9)).deadlineDays()).isEqualTo(20);

        at(2026, 3, 9);
        String fresh = submit("PT2");
        complete(fresh, "Task_Reception", "tiepnhan", "reception", Map.of("receptionDecision", "ACCEPT"));
        Dossier after = dossiers.get(fresh);
        assertThat(after.getProcedureVersion()).isEqualTo(2);
        assertThat(after.getAppointmentDate()).isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 3, 9), 20));

        // The running dossier keeps version 1, its appointment and its appraisal budget of 10 days.
        Dossier still = dossiers.get(running);
        assertThat(still.getProcedureVersion()).isEqualTo(1);
        assertThat(still.getAppointmentDate()).isEqualTo(runningAppointment);
        assertThat(catalogue.version("PT2", still.getProcedureVersion()).step("appraisal").orElseThrow().days())
                .isEqualTo(10);
    }

    private ObjectNode nextDraft(String procedureId) throws Exception {
        return (ObjectNode) YAML.readTree(versions.nextDraft(procedureId));
    }

    private void at(int year, int month, int day) {
        clock.setTo(LocalDateTime.of(year, month, day, 9, 0).atZone(VN).toInstant());
    }

    private String submit(String procedureId) {
        return submission.submit(submissions.valid(procedureId, "congdan", UUID.randomUUID().toString()))
                .dossier().getCode();
    }

    private void complete(String code, String taskKey, String officer, String group, Map<String, ?> form) {
        Task task = process.openTasksOf(code).stream().filter(t -> taskKey.equals(t.getTaskDefinitionKey()))
                .findFirst().orElseThrow(() -> new AssertionError(code + " has no open task " + taskKey));
        work.complete(task.getId(), officer, List.of(group, "motcua", "gdnn"), form);
    }
}
