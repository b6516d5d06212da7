package vn.vetflow.publicservice;

import vn.vetflow.tasks.TaskWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.calendar.CalendarChanges;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierHistoryEntry;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/**
 * Appointment dates in 2027, a year shipped provisional (computed from the Labour Code), and what happens
 * to running dossiers when an administrator enters the announced schedule and confirms the year.
 */
@VetflowTest
class AppointmentRecalculationTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<String> RECEPTION = List.of("reception", "motcua");

    @Autowired DossierSubmission submission;
    @Autowired TaskWork work;
    @Autowired DossierService dossiers;
    @Autowired TestSubmissions submissions;
    @Autowired AdjustableClock clock;
    @Autowired Deadlines deadlines;
    @Autowired CalendarChanges changes;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void restoreTheShippedCalendar() {
        clock.reset();
        // The test context is shared: take the administrators' changes back so other classes count as shipped.
        jdbc.update("delete from calendar_change");
        jdbc.update("delete from calendar_confirmation");
        jdbc.update("update calendar_revision set revision = ? where id = 1", UUID.randomUUID().toString());
    }

    @Test
    void anAppointmentInto2027SkipsNewYearsDayAndIsMarkedProvisional() throws Exception {
        at(2026, 12, 28, 9, 0); // Monday
        Dossier dossier = receive("P1");
        // 29, 30, 31 Dec; 1 Jan 2027 is off; 4–8 Jan; 11, 12 Jan: the tenth working day is 12 Jan (not 11 Jan).
        assertThat(dossier.getAppointmentDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(deadlines.calendar().isProvisional(dossier.getAppointmentDate())).isTrue();

        // 2027 is provisional: the date is marked on the case file, the work list and the applicant's page.
        Task appraisal = taskService.createTaskQuery().processInstanceBusinessKey(dossier.getCode())
                .taskDefinitionKey("Task_Appraisal").singleResult();
        mvc.perform(get("/workspace/tasks/{id}", appraisal.getId()).with(user("rcspecialist").roles("specialist", "gdnn")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"appointment-provisional\"")));
        mvc.perform(get("/workspace").param("tab", "unclaimed").param("q", dossier.getCode())
                        .with(user("rcspecialist").roles("specialist", "gdnn")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("wl-provisional")));
        mvc.perform(get("/my/dossiers/" + dossier.getCode()).with(user("congdan").roles("applicant")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"appointment-provisional\"")));
    }

    @Test
    void aConfirmedYearIsNotMarked() throws Exception {
        at(2026, 3, 2, 9, 0);
        Dossier dossier = receive("P1");
        assertThat(deadlines.calendar().isProvisional(dossier.getAppointmentDate())).isFalse();
        mvc.perform(get("/my/dossiers/" + dossier.getCode()).with(user("congdan").roles("applicant")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"appointment-provisional\""))));
    }

    @Test
    void anAppointmentThroughTet2027SkipsTheFiveDaysOfTetAndTheirMakeUpDays() {
        at(2027, 2, 1, 9, 0); // Monday before Tết Đinh Mùi (first day Saturday 06/02/2027)
        Dossier dossier = receive("P1");
        // 2, 3, 4 Feb; 5 and 8–11 Feb off (Tết, with 6–7 Feb made up on 10–11 Feb); 12, 15–19, 22 Feb.
        assertThat(dossier.getAppointmentDate()).isEqualTo(LocalDate.of(2027, 2, 22));
    }

    @Test
    void confirmingTheYearWithASwappedDayRecomputesRunningDossiersAndIssuesANewReceipt() throws Exception {
        at(2027, 1, 25, 9, 0); // Monday
        Dossier dossier = receive("P1");
        // 26–29 Jan, 1–4 Feb, 12 and 15 Feb: the computed 2027 gives 15 Feb.
        assertThat(dossier.getAppointmentDate()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(receipts(dossier)).isEqualTo(1);
        at(2027, 1, 26, 9, 0);

        // The announced schedule: Friday 12 Feb swapped with Saturday 20 Feb; then the year is confirmed.
        changes.addDayOff(LocalDate.of(2027, 2, 12), "Nghỉ hoán đổi (làm bù thứ Bảy 20/02/2027)");
        changes.addWorkingDay(LocalDate.of(2027, 2, 20), "Làm bù ngày 12/02/2027");
        changes.confirm(2027);

        assertThat(deadlines.calendar().isProvisional(2027)).isFalse();
        assertThat(deadlines.calendar().isWorkingDay(LocalDate.of(2027, 2, 12))).isFalse();
        assertThat(deadlines.calendar().isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> reload(dossier).getAppointmentDate().equals(LocalDate.of(2027, 2, 16)));
        Dossier moved = reload(dossier);
        assertThat(moved.getOriginalAppointmentDate()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(dossiers.history(moved)).extracting(DossierHistoryEntry::getAction)
                .containsOnlyOnce("APPOINTMENT_RECALCULATED");
        // The receipt shows the corrected date as a new version; the first one is kept.
        // Both rendered: documents are made after commit in the background, so a row can still be without its PDF.
        await().atMost(Duration.ofSeconds(30)).until(() -> renderedReceipts(moved) == 2);
        List<Long> receiptIds = dossiers.documents(moved).stream().filter(d -> "RECEIPT".equals(d.type()))
                .map(d -> d.id()).sorted().toList();
        assertThat(pdfText(moved, receiptIds.get(0))).contains("15/02/2027").contains("Ngày hẹn tạm tính");
        // Recomputed after the first change, while 2027 was still provisional, so it still says so.
        assertThat(pdfText(moved, receiptIds.get(1))).contains("Ngày hẹn trả kết quả: 16/02/2027")
                .contains("Ngày hẹn được điều chỉnh theo lịch làm việc đã công bố");
        // The overdue timer follows: it fires once 16 Feb has passed.
        Job overdue = management.createJobQuery().processInstanceId(moved.getProcessInstanceId()).timers()
                .activityId("Timer_Overdue").singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(LocalDate.of(2027, 2, 17).atStartOfDay(VN).toInstant()));
        // Each change and the confirmation left an audit line.
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in"
                + " ('CALENDAR_CHANGED', 'CALENDAR_CONFIRMED') and detail like '%2027%'", Integer.class)).isEqualTo(3);
    }

    @Test
    void aDossierWhoseDateDoesNotMoveIsLeftAlone() {
        at(2027, 3, 1, 9, 0);
        Dossier dossier = receive("P1");
        LocalDate before = dossier.getAppointmentDate();

        changes.addDayOff(LocalDate.of(2027, 12, 31), "Nghỉ hoán đổi");

        // Once the listener has run: an appointment in March is not moved by a day off in December.
        await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublications() == 0);
        assertThat(reload(dossier).getAppointmentDate()).isEqualTo(before);
        assertThat(receipts(reload(dossier))).isEqualTo(1);
    }

    private int incompletePublications() {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                + " and event_type like '%WorkingCalendarChanged'", Integer.class);
    }

    private Dossier receive(String procedureId) {
        Dossier dossier = submission.submit(submissions.valid(procedureId, "congdan", UUID.randomUUID().toString()))
                .dossier();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(dossier.getCode())
                .taskDefinitionKey("Task_Reception").initializeFormKeys().singleResult();
        work.complete(task.getId(), "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        return reload(dossier);
    }

    private String pdfText(Dossier dossier, long documentId) throws java.io.IOException {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dossiers.document(dossier, documentId).getContent())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private long renderedReceipts(Dossier dossier) {
        return dossiers.documents(dossier).stream().filter(d -> "RECEIPT".equals(d.type()))
                .filter(d -> dossiers.document(dossier, d.id()).getContent() != null).count();
    }

    private long receipts(Dossier dossier) {
        return dossiers.documents(dossier).stream().filter(d -> "RECEIPT".equals(d.type())).count();
    }

    private Dossier reload(Dossier dossier) {
        return dossiers.get(dossier.getCode());
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.setTo(LocalDateTime.of(year, month, day, hour, minute).atZone(VN).toInstant());
    }
}
