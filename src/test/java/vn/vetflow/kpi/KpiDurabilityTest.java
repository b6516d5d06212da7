package vn.vetflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.inspection.InspectionStage;
import vn.vetflow.inspection.InspectionStageChanged;
import vn.vetflow.inspection.InspectionTestSupport;
import vn.vetflow.nationalportal.OutboxDelivery;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.shared.EventRetries;
import vn.vetflow.support.EventPublications;
import vn.vetflow.support.PortalDeliveries;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.tasks.TaskWork;

/**
 * The read model's reactions are durable and exactly once per committed change: nothing for a rolled-back
 * step, a failed reaction retried from the event publication registry until it succeeds, concurrent
 * upkeep equal to a rebuild, and the periodic check putting back what went missing.
 */
@VetflowTest
class KpiDurabilityTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventPublications publications;
    @Autowired OutboxDelivery delivery;
    @Autowired EventRetries retries;
    @Autowired KpiRebuild rebuild;
    @Autowired KpiRepair repair;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired TaskWork work;
    @Autowired TaskService tasks;
    @Autowired AdjustableClock clock;
    @Autowired InspectionTestSupport inspections;
    @Autowired org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor listeners;

    @AfterEach
    void restore() {
        clock.reset();
        if (jdbc.queryForObject("select count(*) from kpi_upkeep", Integer.class) == 0) {
            jdbc.update("insert into kpi_upkeep (name, touched_at) values ('kpi', null)");
        }
    }

    @Test
    void aStageChangeRolledBackWithItsTransactionLeavesNoKpiRow() {
        String ghost = "GHOST-" + UUID.randomUUID().toString().substring(0, 8);
        String real = "REAL-" + UUID.randomUUID().toString().substring(0, 8);
        var before = publications.snapshot();
        transaction.executeWithoutResult(status -> {
            events.publishEvent(stage(ghost));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> events.publishEvent(stage(real)));
        publications.awaitReactions(before);

        assertThat(count("select count(*) from kpi_inspection where code = ?", real)).isEqualTo(1);
        assertThat(count("select count(*) from kpi_inspection where code = ?", ghost)).isZero();
        assertThat(count("select count(*) from event_publication where serialized_event like ?", "%" + ghost + "%"))
                .isZero();
        forget(real);
    }

    @Test
    void aFailedReactionStaysInTheRegistryAndIsResubmittedUntilItSucceedsOnce() {
        String code = "RETRY-" + UUID.randomUUID().toString().substring(0, 8);
        publications.awaitReactions();
        // Without its lock row the upkeep refuses to run: the reaction fails and stays incomplete.
        jdbc.update("delete from kpi_upkeep where name = 'kpi'");
        transaction.executeWithoutResult(status -> events.publishEvent(stage(code)));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                count("select count(*) from event_publication where serialized_event like ? and completion_date is null"
                        + " and listener_id like '%InspectionRecorder%'", "%" + code + "%") == 1
                        && !activeListeners());
        assertThat(count("select count(*) from kpi_inspection where code = ?", code)).isZero();

        jdbc.update("insert into kpi_upkeep (name, touched_at) values ('kpi', null)");
        retries.retryOlderThan(Duration.ZERO);
        publications.awaitReactions();

        assertThat(count("select count(*) from kpi_inspection where code = ?", code)).isEqualTo(1);
        assertThat(count("select count(*) from event_publication where serialized_event like ?"
                + " and listener_id like '%InspectionRecorder%'", "%" + code + "%")).isEqualTo(1);
        retries.retryOlderThan(Duration.ZERO);
        assertThat(count("select count(*) from kpi_inspection where code = ?", code)).isEqualTo(1);
        forget(code);
    }

    /** These rows come from events published by hand, outside any journal: a rebuild by another test drops them. */
    private void forget(String inspectionCode) {
        jdbc.update("delete from kpi_inspection where code = ?", inspectionCode);
    }

    @Test
    void parallelCompletionsOnOneDayKeepTheReadModelEqualToARebuild() throws Exception {
        clock.setTo(LocalDateTime.of(2027, 4, 6, 9, 0).atZone(VN).toInstant());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            codes.add(submission.submit(submissions.valid("P1", "kpiparallel", UUID.randomUUID().toString()))
                    .dossier().getCode());
        }
        ExecutorService officers = Executors.newFixedThreadPool(codes.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String code : codes) {
                String taskId = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();
                done.add(officers.submit(() -> {
                    start.await();
                    work.complete(taskId, "tiepnhan", List.of("reception", "motcua"),
                            Map.of("receptionDecision", "ACCEPT"));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            officers.shutdownNow();
        }
        publications.awaitReactions();
        assertThat(count("select coalesce(sum(n), 0) from kpi_daily where kind = 'R' and stat_day = ?",
                java.sql.Date.valueOf("2027-04-06"))).isGreaterThanOrEqualTo(codes.size());

        PortalDeliveries.settle(delivery, publications);
        // Only this test's day and dossiers: other classes share the database and their rows are not this test's.
        String day = "stat_day = date '2027-04-06'";
        String own = "code in ('" + String.join("','", codes) + "')";
        List<Map<String, Object>> daily = table("kpi_daily", day, "stat_day, kind, procedure_id, unit_code, officer");
        List<Map<String, Object>> totals = table("kpi_daily_all", day, "stat_day, kind");
        List<Map<String, Object>> steps = table("kpi_step_daily", day, "stat_day, process_key, step_key");
        List<Map<String, Object>> dossiers = table("kpi_dossier", own, "code");
        rebuild.rebuild();
        assertThat(table("kpi_dossier", own, "code")).hasSize(codes.size()).containsExactlyElementsOf(dossiers);
        assertThat(table("kpi_daily", day, "stat_day, kind, procedure_id, unit_code, officer"))
                .containsExactlyElementsOf(daily);
        assertThat(table("kpi_daily_all", day, "stat_day, kind")).containsExactlyElementsOf(totals);
        assertThat(table("kpi_step_daily", day, "stat_day, process_key, step_key")).containsExactlyElementsOf(steps);
    }

    @Test
    void thePeriodicCheckPutsBackADeletedDossierRowAndAnInspectionRow() {
        inspections.ensure();
        String code = submission.submit(submissions.valid("P1", "kpirepair", UUID.randomUUID().toString()))
                .dossier().getCode();
        String inspection = inspections.start();
        publications.awaitReactions();
        Map<String, Object> dossierRow = jdbc.queryForMap("select * from kpi_dossier where code = ?", code);
        Map<String, Object> inspectionRow = jdbc.queryForMap("select * from kpi_inspection where code = ?", inspection);
        assertThat(repair.check()).doesNotContain(code, inspection);

        jdbc.update("delete from kpi_pause where code = ?", code);
        jdbc.update("delete from kpi_dossier where code = ?", code);
        jdbc.update("delete from kpi_inspection where code = ?", inspection);

        assertThat(repair.check()).contains(code, inspection);
        assertThat(jdbc.queryForMap("select * from kpi_dossier where code = ?", code)).isEqualTo(dossierRow);
        assertThat(jdbc.queryForMap("select * from kpi_inspection where code = ?", inspection)).isEqualTo(inspectionRow);
        assertThat(repair.check()).doesNotContain(code, inspection);
    }

    /** Whether a reaction is running or queued on the application's task executor. */
    private boolean activeListeners() {
        return listeners.getActiveCount() > 0 || !listeners.getThreadPoolExecutor().getQueue().isEmpty();
    }

    private static InspectionStageChanged stage(String code) {
        return new InspectionStageChanged(code, "CS-X", "Trường thử nghiệm", InspectionStage.DECISION, false,
                Instant.parse("2026-03-02T02:00:00Z"));
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private List<Map<String, Object>> table(String name, String where, String order) {
        return jdbc.queryForList("select * from " + name + " where " + where + " order by " + order);
    }
}
