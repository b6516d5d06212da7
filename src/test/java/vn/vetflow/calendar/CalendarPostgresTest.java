package vn.vetflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.PostgresTest;
import vn.vetflow.support.TestSubmissions;

/** The calendar's tables on PostgreSQL: a change counts at once on another node, and running dossiers follow. */
class CalendarPostgresTest extends PostgresTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired WorkingCalendar calendar;
    @Autowired CalendarChanges changes;
    @Autowired JdbcTemplate jdbc;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired TaskWork work;
    @Autowired TaskService tasks;
    @Autowired DossierService dossiers;
    @Autowired AdjustableClock clock;

    @AfterEach
    void restoreTheShippedCalendar() {
        clock.reset();
        jdbc.update("delete from calendar_change");
        jdbc.update("delete from calendar_confirmation");
        jdbc.update("update calendar_revision set revision = ? where id = 1", UUID.randomUUID().toString());
    }

    @Test
    void aChangeOnOneNodeCountsAtOnceOnAnother() {
        // A second node: its own store and calendar over the same database.
        WorkingCalendar otherNode = new WorkingCalendar(new CalendarStore(jdbc,
                new CalendarLoader().load(CalendarLoader.DEFAULT_LOCATION, null)), calendar.cutOff(), calendar.zone());
        LocalDate swapped = LocalDate.of(2027, 2, 12);
        assertThat(otherNode.isWorkingDay(swapped)).isTrue();

        changes.addDayOff(swapped, "Nghỉ hoán đổi");
        changes.confirm(2027);

        assertThat(otherNode.isWorkingDay(swapped)).isFalse();
        assertThat(otherNode.isProvisional(2027)).isFalse();
        assertThat(calendar.isWorkingDay(swapped)).isFalse();
    }

    @Test
    void confirmingAYearRecomputesARunningDossier() {
        clock.setTo(LocalDateTime.of(2027, 1, 25, 9, 0).atZone(VN).toInstant());
        String code = submission.submit(submissions.valid("P1", "pgcalendar", UUID.randomUUID().toString()))
                .dossier().getCode();
        work.complete(tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId(), "tiepnhan",
                List.of("reception", "motcua"), Map.of("receptionDecision", "ACCEPT"));
        assertThat(dossiers.get(code).getAppointmentDate()).isEqualTo(LocalDate.of(2027, 2, 15));

        changes.addDayOff(LocalDate.of(2027, 2, 12), "Nghỉ hoán đổi");
        changes.confirm(2027);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> dossiers.get(code).getAppointmentDate().equals(LocalDate.of(2027, 2, 16)));
        Dossier moved = dossiers.get(code);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> dossiers.documents(moved).stream().filter(d -> "RECEIPT".equals(d.type())).count() == 2);
    }
}
