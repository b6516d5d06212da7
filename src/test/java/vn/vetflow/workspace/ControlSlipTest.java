package vn.vetflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierHistoryEntry;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.TestDocuments;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/**
 * Form 06 as a PDF: each step with the officer's full name (never the login), when it happened, its due
 * date and on time / late, dates dd/MM/yyyy in Vietnamese time; for the officers who may open the case,
 * not for applicants (the slip is the agency's internal record) nor for officers of other units.
 */
@VetflowTest
class ControlSlipTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired MockMvc mvc;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired TaskWork work;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired DossierService dossiers;
    @Autowired AdjustableClock clock;

    @BeforeEach
    void officerAndDay() {
        if (identity.createUserQuery().userId("csofficer").count() == 0) {
            User officer = identity.newUser("csofficer");
            officer.setFirstName("Văn Kiểm");
            officer.setLastName("Trần");
            officer.setPassword(UUID.randomUUID().toString());
            identity.saveUser(officer);
        }
        clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(VN).toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void officersOfTheUnitGetTheSlipWithNamesDatesAndTimeliness() throws Exception {
        Dossier dossier = submission.submit(submissions.valid("P1", "csapplicant", UUID.randomUUID().toString()))
                .dossier();
        var task = tasks.createTaskQuery().processInstanceBusinessKey(dossier.getCode()).singleResult();
        work.complete(task.getId(), "csofficer", List.of("reception", "motcua"), Map.of("receptionDecision", "ACCEPT"));
        DossierHistoryEntry reception = dossiers.history(dossier).stream()
                .filter(h -> "csofficer".equals(h.getActor())).findFirst().orElseThrow();
        assertThat(reception.getStepDueOn()).as("the reception step has a due date").isNotNull();

        byte[] pdf = mvc.perform(get("/workspace/dossiers/{code}/control-slip", dossier.getCode())
                        .with(user("csspecialist").roles("specialist", "gdnn")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        String text = TestDocuments.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Mẫu số 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                "Mã hồ sơ: " + dossier.getCode(), "Trần Văn Kiểm", dossier.getApplicantName(),
                "09:00, 02/03/2026", date(reception.getStepDueOn()), label(reception.getTimeliness()));
        assertThat(text).doesNotContain("csofficer", "csapplicant", "null");
    }

    @Test
    void theCaseFilePagesProcessTableShowsTheOfficerByFullName() throws Exception {
        Dossier dossier = submission.submit(submissions.valid("P1", "csapplicant", UUID.randomUUID().toString()))
                .dossier();
        var task = tasks.createTaskQuery().processInstanceBusinessKey(dossier.getCode()).singleResult();
        work.complete(task.getId(), "csofficer", List.of("reception", "motcua"), Map.of("receptionDecision", "ACCEPT"));
        var next = tasks.createTaskQuery().processInstanceBusinessKey(dossier.getCode()).singleResult();

        String page = mvc.perform(get("/workspace/tasks/{id}", next.getId())
                        .with(user("csspecialist").roles("specialist", "gdnn")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.jsoup.select.Elements actors = org.jsoup.Jsoup.parse(page)
                .select("table:has(th:contains(" + "Người thực hiện" + ")) tbody td:eq(1)");
        assertThat(actors.eachText()).contains("Trần Văn Kiểm", dossier.getApplicantName())
                .doesNotContain("csofficer", "csapplicant");
    }

    @Test
    void applicantsAndOfficersOfOtherUnitsDoNotGetIt() throws Exception {
        Dossier dossier = submission.submit(submissions.valid("P1", "csapplicant", UUID.randomUUID().toString()))
                .dossier();
        mvc.perform(get("/workspace/dossiers/{code}/control-slip", dossier.getCode())
                        .with(user("csapplicant").roles("applicant")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workspace/dossiers/{code}/control-slip", dossier.getCode())
                        .with(user("csoutsider").roles("reception", "kiemtra")))
                .andExpect(status().isNotFound());
    }

    private static String label(vn.vetflow.calendar.Timeliness timeliness) {
        assertThat(timeliness).as("the reception step's timeliness").isNotNull();
        return switch (timeliness) {
            case EARLY -> "Trước hạn";
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Quá hạn";
        };
    }

    private static String date(LocalDate day) {
        return "%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
