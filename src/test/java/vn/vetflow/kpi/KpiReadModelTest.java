package vn.vetflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.nationalportal.OutboxDelivery;
import vn.vetflow.publicservice.ApplicantActions;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.EventPublications;
import vn.vetflow.support.PortalDeliveries;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/** The read model follows the processes as they run, and a rebuild from scratch gives the same figures. */
@VetflowTest
class KpiReadModelTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<String> RECEPTION = List.of("reception", "motcua");
    static final List<String> SPECIALIST = List.of("specialist", "gdnn");
    static final List<String> LEADER = List.of("leader", "gdnn");

    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired vn.vetflow.tasks.TaskWork work;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired ApplicantActions applicants;
    @Autowired AdjustableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired KpiRebuild rebuild;
    @Autowired EventPublications publications;
    @Autowired OutboxDelivery delivery;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void incrementalFiguresEqualAFullRecomputation() {
        clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(VN).toInstant());
        String done = submit();
        String withdrawn = submit();

        clock.advance(Duration.ofHours(2));
        Task reception = task(done, "Task_Reception");
        tasks.claim(reception.getId(), "tiepnhan");
        clock.advance(Duration.ofMinutes(30));
        work.complete(reception.getId(), "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        work.complete(task(withdrawn, "Task_Reception").getId(), "tiepnhan", RECEPTION,
                Map.of("receptionDecision", "ACCEPT"));

        clock.advance(Duration.ofDays(1));
        Task appraisal = task(done, "Task_Appraisal");
        tasks.claim(appraisal.getId(), "chuyenvien");
        clock.advance(Duration.ofHours(3));
        work.complete(appraisal.getId(), "chuyenvien", SPECIALIST,
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
        work.complete(task(done, "Task_Approval").getId(), "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(done).singleResult().getId();
        management.createJobQuery().processInstanceId(pi).activityId("Task_ReturnResult").list()
                .forEach(job -> management.executeJob(job.getId()));
        applicants.withdraw(withdrawn, "kpiapplicant", "Không còn nhu cầu");

        publications.awaitReactions();
        Map<String, Object> row = jdbc.queryForMap("select * from kpi_dossier where code = ?", done);
        assertThat(row.get("received_day")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 3, 2)));
        assertThat(row.get("end_day")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 3, 3)));
        assertThat(row.get("timeliness")).isEqualTo("EARLY");
        assertThat(row.get("officer")).isEqualTo("chuyenvien");
        assertThat(row.get("e_result")).isEqualTo(true);
        assertThat(row.get("status")).isEqualTo(10);
        assertThat(jdbc.queryForObject("select timeliness from kpi_dossier where code = ?", String.class, withdrawn))
                .isEqualTo("EARLY");
        Map<String, Object> step = jdbc.queryForMap(
                "select waiting_seconds, working_seconds, assignee from kpi_step where business_key = ?"
                        + " and step_key = 'Task_Appraisal'", done);
        assertThat(step.get("assignee")).isEqualTo("chuyenvien");
        assertThat(((Number) step.get("working_seconds")).longValue()).isBetween(3 * 3600L, 3 * 3600L + 60);
        assertThat(((Number) step.get("waiting_seconds")).longValue()).isBetween(24 * 3600L, 24 * 3600L + 60);

        PortalDeliveries.settle(delivery, publications);
        List<Map<String, Object>> dossiersBefore = table("kpi_dossier", "code");
        List<Map<String, Object>> dailyBefore = table("kpi_daily", "stat_day, kind, procedure_id, unit_code, officer");
        List<Map<String, Object>> totalsBefore = table("kpi_daily_all", "stat_day, kind");
        List<Map<String, Object>> monthsBefore = table("kpi_monthly", "month_start, kind, procedure_id, unit_code, officer");
        List<Map<String, Object>> stepsBefore = table("kpi_step_daily", "stat_day, process_key, step_key");
        List<Map<String, Object>> pausesBefore = table("kpi_pause", "code, seq");
        assertThat(dailyBefore).isNotEmpty();

        rebuild.rebuild();

        assertThat(table("kpi_dossier", "code")).containsExactlyElementsOf(dossiersBefore);
        assertThat(table("kpi_daily", "stat_day, kind, procedure_id, unit_code, officer")).containsExactlyElementsOf(dailyBefore);
        assertThat(table("kpi_step_daily", "stat_day, process_key, step_key")).containsExactlyElementsOf(stepsBefore);
        assertThat(table("kpi_daily_all", "stat_day, kind")).containsExactlyElementsOf(totalsBefore);
        assertThat(table("kpi_monthly", "month_start, kind, procedure_id, unit_code, officer"))
                .containsExactlyElementsOf(monthsBefore);
        assertThat(table("kpi_pause", "code, seq")).containsExactlyElementsOf(pausesBefore);
        // and the aggregate equals the GROUP BY of the facts
        Long received = jdbc.queryForObject("select coalesce(sum(n), 0) from kpi_daily where kind = 'R'", Long.class);
        Long facts = jdbc.queryForObject("select count(*) from kpi_dossier where received_day is not null", Long.class);
        assertThat(received).isEqualTo(facts);
    }

    @Autowired KpiUpdater updater;

    /**
     * Issue 17: the read model takes the channel as recorded (counter and post intake come from another change:
     * the dossiers here are moved to those channels directly), and digitisation and reuse from the columns the
     * counter intake fills.
     */
    @Test
    void channelDigitisationAndReuseComeFromTheDossierAsRecorded() {
        clock.setTo(LocalDateTime.of(2026, 3, 9, 9, 0).atZone(VN).toInstant());
        String counter = submit();
        String post = submit();
        String online = submit();
        publications.awaitReactions();
        jdbc.update("update dossier set channel = 1 where code = ?", counter);
        jdbc.update("update dossier set channel = 3 where code = ?", post);
        // the counter dossier: every component scanned, one reused from an earlier dossier
        jdbc.update("update attachment set digitised = true where dossier_id = (select id from dossier where code = ?)",
                counter);
        jdbc.update("update attachment set reused_from_dossier = 'H26-250101-0001' where id = (select min(a.id)"
                + " from attachment a join dossier d on d.id = a.dossier_id where d.code = ?)", counter);
        // the post dossier: components on paper only, its (future) paper result scanned
        jdbc.update("update dossier set result_digitised = true where code = ?", post);
        for (String code : List.of(counter, post, online)) {
            updater.refresh(code);
        }
        assertThat(jdbc.queryForObject("select channel from kpi_dossier where code = ?", Integer.class, counter)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select channel from kpi_dossier where code = ?", Integer.class, post)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select channel from kpi_dossier where code = ?", Integer.class, online)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select reused from kpi_dossier where code = ?", Boolean.class, counter)).isTrue();
        assertThat(jdbc.queryForObject("select reused from kpi_dossier where code = ?", Boolean.class, post)).isFalse();
        // running without a result: not digitised, however well scanned
        assertThat(jdbc.queryForObject("select digitised from kpi_dossier where code = ?", Boolean.class, counter)).isFalse();
        assertThat(jdbc.queryForObject("select digitised from kpi_dossier where code = ?", Boolean.class, post)).isFalse();
    }

    private List<Map<String, Object>> table(String name, String order) {
        return jdbc.queryForList("select * from " + name + " order by " + order);
    }

    private Task task(String code, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).singleResult();
    }

    private String submit() {
        return submission.submit(submissions.valid("P1", "kpiapplicant", UUID.randomUUID().toString())).dossier().getCode();
    }
}
