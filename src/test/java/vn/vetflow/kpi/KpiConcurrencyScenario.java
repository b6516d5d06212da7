package vn.vetflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.nationalportal.OutboxDelivery;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.EventPublications;
import vn.vetflow.support.PortalDeliveries;
import vn.vetflow.support.TestSubmissions;

/**
 * The incremental upkeep under concurrency, the same on H2 ({@link KpiConcurrencyTest}) and on PostgreSQL
 * ({@link KpiConcurrencyPostgresTest}): many dossiers run their whole lifecycle at once on one day, so their
 * refreshes add to the same daily cells side by side; then every refresh is repeated, several at a time for
 * one dossier. The read model must equal a rebuild from the sources, cell by cell.
 */
interface KpiConcurrencyScenario {

    ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    int DOSSIERS = 12;
    int THREADS = 4;

    /** The beans the scenario drives, from the implementing test's context. */
    record Beans(DossierSubmission submission, TestSubmissions submissions, TaskWork work, TaskService tasks,
                 RuntimeService runtime, ManagementService management, AdjustableClock clock, JdbcTemplate jdbc,
                 EventPublications publications, KpiRebuild rebuild, KpiUpdater updater, KpiRepair repair,
                 KpiQueries queries, OutboxDelivery delivery) {

        static Beans of(org.springframework.context.ApplicationContext c) {
            return new Beans(c.getBean(DossierSubmission.class), c.getBean(TestSubmissions.class),
                    c.getBean(TaskWork.class), c.getBean(TaskService.class), c.getBean(RuntimeService.class),
                    c.getBean(ManagementService.class), c.getBean(AdjustableClock.class), c.getBean(JdbcTemplate.class),
                    c.getBean(EventPublications.class), c.getBean(KpiRebuild.class), c.getBean(KpiUpdater.class),
                    c.getBean(KpiRepair.class), c.getBean(KpiQueries.class),
                    c.getBean(OutboxDelivery.class));
        }
    }

    Beans beans();


    /** A day of its own per database, so other test classes' rows are not this test's. */
    LocalDate day();

    @AfterEach
    default void resetClock() {
        beans().clock().reset();
    }

    @Test
    default void parallelLifecyclesOnOneDayAndRepeatedRefreshesEqualARebuild() throws Exception {
        Beans b = beans();
        b.clock().setTo(LocalDateTime.of(day(), java.time.LocalTime.of(8, 0)).atZone(VN).toInstant());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            codes.add(b.submission().submit(b.submissions().valid("P1", "kpiconcurrent", UUID.randomUUID().toString()))
                    .dossier().getCode());
        }
        b.clock().advance(Duration.ofHours(2));
        inParallel(codes, code -> {
            String reception = task(code, "Task_Reception").getId();
            b.tasks().claim(reception, "tiepnhan");
            b.work().complete(reception, "tiepnhan", List.of("reception", "motcua"),
                    Map.of("receptionDecision", "ACCEPT"));
            String appraisal = task(code, "Task_Appraisal").getId();
            b.tasks().claim(appraisal, "chuyenvien");
            b.work().complete(appraisal, "chuyenvien", List.of("specialist", "gdnn"),
                    Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
            b.work().complete(task(code, "Task_Approval").getId(), "lanhdao", List.of("leader", "gdnn"),
                    Map.of("approvalDecision", "APPROVE"));
            String pi = b.runtime().createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult().getId();
            b.management().createJobQuery().processInstanceId(pi).activityId("Task_ReturnResult").list()
                    .forEach(job -> b.management().executeJob(job.getId()));
        });
        b.publications().awaitReactions();
        PortalDeliveries.settle(b.delivery(), b.publications());

        // Every dossier received and finished on the day, each step cell counted once per dossier.
        assertThat(count("select coalesce(sum(n), 0) from kpi_daily where kind = 'R' and stat_day = ?", day()))
                .isEqualTo(DOSSIERS);
        assertThat(count("select coalesce(sum(n), 0) from kpi_daily_all where kind = 'F' and stat_day = ?", day()))
                .isEqualTo(DOSSIERS);
        assertThat(count("select count(*) from kpi_dossier where end_day = ? and " + own(codes), day()))
                .isEqualTo(DOSSIERS);
        Snapshot incremental = snapshot(codes);
        assertThat(incremental.steps()).isNotEmpty();

        // Duplicated and repeated events: every dossier refreshed three times, concurrently, changes nothing.
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            repeated.addAll(codes);
        }
        inParallel(repeated, code -> b.updater().refresh(code));
        assertThat(snapshot(codes)).isEqualTo(incremental);

        b.rebuild().rebuild();
        Snapshot rebuilt = snapshot(codes);
        assertThat(rebuilt.dossiers()).hasSize(DOSSIERS).containsExactlyElementsOf(incremental.dossiers());
        assertThat(rebuilt.daily()).containsExactlyElementsOf(incremental.daily());
        assertThat(rebuilt.totals()).containsExactlyElementsOf(incremental.totals());
        assertThat(rebuilt.steps()).containsExactlyElementsOf(incremental.steps());
    }

    @Test
    default void theRepairPutsBackAMissingRowWithoutCountingItTwice() {
        Beans b = beans();
        b.clock().setTo(LocalDateTime.of(day().plusDays(1), java.time.LocalTime.of(9, 0)).atZone(VN).toInstant());
        String code = b.submission().submit(b.submissions().valid("P1", "kpiconcurrent", UUID.randomUUID().toString()))
                .dossier().getCode();
        b.work().complete(task(code, "Task_Reception").getId(), "tiepnhan", List.of("reception", "motcua"),
                Map.of("receptionDecision", "ACCEPT"));
        b.publications().awaitReactions();
        PortalDeliveries.settle(b.delivery(), b.publications());
        Snapshot before = snapshot(List.of(code), day().plusDays(1));
        assertThat(before.dossiers()).hasSize(1);

        b.jdbc().update("delete from kpi_pause where code = ?", code);
        b.jdbc().update("delete from kpi_dossier where code = ?", code);
        assertThat(b.repair().check()).contains(code);

        assertThat(snapshot(List.of(code), day().plusDays(1))).isEqualTo(before);
        assertThat(b.repair().check()).doesNotContain(code);
    }

    /**
     * The services page counts most running dossiers in the database and judges only the paused ones one by
     * one: its figures equal judging every running dossier ({@link KpiQueries#runningOn}), group by group.
     */
    @Test
    default void runningFiguresCountedInTheDatabaseEqualJudgingEachDossier() {
        JdbcTemplate jdbc = beans().jdbc();
        LocalDate end = LocalDate.of(2031, 3, 31);
        String prefix = "EQ-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        try {
            for (int i = 0; i < 60; i++) {
                LocalDate received = end.minusDays(i % 25);
                boolean paused = i % 4 == 0;
                boolean stillPaused = i % 8 == 0;
                jdbc.update("insert into kpi_dossier (code, procedure_id, procedure_name, unit_code, officer, channel,"
                        + " status, submitted_day, received_day, appointment_day, due_day, end_day, span_days,"
                        + " supplement_rounds, paused_days, paused_since, fee_required, paid_online, result_expected,"
                        + " e_result, digitised, dissatisfied, demo) values (?,?,'x','gdnn','-',2,4,?,?,?,?,?,?,?,?,?,"
                        + " false,false,false,false,false,false,true)", prefix + i, "P" + (i % 3 + 1), received,
                        received, i % 9 == 0 ? null : end.plusDays(i % 11 - 5), end.plusDays(i % 11 - 5),
                        i % 3 == 0 ? null : end.plusDays(1 + i % 4), i % 3 == 0 ? null : 30, i % 7 == 0 ? 2 : i % 2,
                        paused && !stillPaused ? 3 : 0, stillPaused ? end.minusDays(2) : null);
                if (paused) {
                    jdbc.update("insert into kpi_pause (code, seq, kind, from_day, to_day) values (?,0,'SUPPLEMENT',?,?)",
                            prefix + i, received.plusDays(1), stillPaused ? null : received.plusDays(4));
                }
            }
            // Rows written behind the upkeep: the page counts running dossiers from the cells (issue 15), so
            // they are recomputed (a rebuild keeps demo rows).
            beans().rebuild().rebuild();
            Period march = Period.of(Period.Kind.MONTH, Period.Convention.CALENDAR, 2031, 3);
            for (KpiQueries.Dimension dimension : List.of(KpiQueries.Dimension.ALL, KpiQueries.Dimension.PROCEDURE)) {
                Map<String, long[]> judged = new java.util.TreeMap<>();
                for (KpiQueries.RunningDossier r : beans().queries().runningOn(march.to())) {
                    long[] n = judged.computeIfAbsent(dimension == KpiQueries.Dimension.ALL ? "*" : r.group(dimension),
                            k -> new long[3]);
                    n[r.state().ordinal()]++;
                }
                Map<String, long[]> counted = new java.util.TreeMap<>();
                beans().queries().services(march, dimension).stream().skip(dimension == KpiQueries.Dimension.ALL ? 0 : 1)
                        .filter(f -> f.runningNotDue + f.runningDueSoon + f.runningLate > 0)
                        .forEach(f -> counted.put(f.key, new long[] {f.runningNotDue, f.runningDueSoon, f.runningLate}));
                assertThat(counted.keySet()).isEqualTo(judged.keySet());
                judged.forEach((key, n) -> assertThat(counted.get(key)).as(dimension + " " + key).containsExactly(n));
                assertThat(judged.values().stream().mapToLong(n -> n[0] * n[1] * n[2]).sum()).isPositive();
            }
        } finally {
            jdbc.update("delete from kpi_pause where code like ?", prefix + "%");
            jdbc.update("delete from kpi_dossier where code like ?", prefix + "%");
            beans().rebuild().rebuild();
        }
    }

    /** The rows of the day and of the given dossiers, in key order. */
    record Snapshot(List<Map<String, Object>> dossiers, List<Map<String, Object>> daily,
                    List<Map<String, Object>> totals, List<Map<String, Object>> steps) {
    }

    private Snapshot snapshot(List<String> codes) {
        return snapshot(codes, day());
    }

    private Snapshot snapshot(List<String> codes, LocalDate on) {
        JdbcTemplate jdbc = beans().jdbc();
        return new Snapshot(
                jdbc.queryForList("select * from kpi_dossier where " + own(codes) + " order by code"),
                jdbc.queryForList("select * from kpi_daily where stat_day = ? order by stat_day, kind, procedure_id,"
                        + " unit_code, officer", on),
                jdbc.queryForList("select * from kpi_daily_all where stat_day = ? order by stat_day, kind", on),
                jdbc.queryForList("select * from kpi_step_daily where stat_day = ? order by stat_day, process_key,"
                        + " step_key", on));
    }

    /** Runs the action for every code on a bounded pool, all released at once, and waits for all of them. */
    private void inParallel(List<String> codes, ThrowingConsumer action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (String code : codes) {
                jobs.add(() -> {
                    action.accept(code);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(jobs, 5, TimeUnit.MINUTES)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** An action on one dossier. */
    interface ThrowingConsumer {
        void accept(String code) throws Exception;
    }

    private Task task(String code, String key) {
        return beans().tasks().createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).singleResult();
    }

    private static String own(List<String> codes) {
        return "code in ('" + String.join("','", codes) + "')";
    }

    private long count(String sql, Object... args) {
        Long n = beans().jdbc().queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
