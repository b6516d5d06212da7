package vn.vetflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierCodeGenerator;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.support.PostgresTest;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.tasks.OpenTask;
import vn.vetflow.tasks.OpenTasks;
import vn.vetflow.tasks.TaskFilter;
import vn.vetflow.tasks.TaskGoneException;
import vn.vetflow.tasks.TaskConflictException;

/** The database-sensitive part of the suite on PostgreSQL: migrations, codes, idempotency, one winner per task. */
class PostgresLifecycleTest extends PostgresTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired DossierCodeGenerator codes;
    @Autowired DossierSubmission submission;
    @Autowired TestSubmissions submissions;
    @Autowired TaskWork work;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired DossierService dossiers;
    @Autowired OpenTasks openTasks;

    @Test
    void runsOnPostgresWithFlywayAndCamundaSchemas() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = 'public-service'",
                Integer.class)).isPositive();
    }

    @Test
    void parallelCodeGenerationNeverRepeats() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<String>>> jobs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                jobs.add(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        mine.add(codes.nextCode("PG.H65", java.time.LocalDate.of(2026, 11, 28)));
                    }
                    return mine;
                });
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> future : pool.invokeAll(jobs)) {
                all.addAll(future.get());
            }
            assertThat(all).hasSize(800).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelSubmissionsGetDistinctCodesAndOneKeyGivesOneDossier() throws Exception {
        String sharedKey = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<Dossier>> jobs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                jobs.add(() -> {
                    start.await();
                    return submission.submit(submissions.valid("P1", "pg-applicant", UUID.randomUUID().toString()))
                            .dossier();
                });
                jobs.add(() -> {
                    start.await();
                    return submission.submit(submissions.valid("P1", "pg-applicant", sharedKey)).dossier();
                });
            }
            List<Future<Dossier>> futures = new ArrayList<>();
            for (Callable<Dossier> job : jobs) {
                futures.add(pool.submit(job));
            }
            start.countDown();
            List<String> codesSeen = new ArrayList<>();
            for (Future<Dossier> future : futures) {
                codesSeen.add(future.get().getCode());
            }
            assertThat(codesSeen.stream().distinct().count()).isEqualTo(7); // 6 distinct keys + the shared one
            assertThat(jdbc.queryForObject("select count(*) from dossier where idempotency_key = ?", Integer.class,
                    sharedKey)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoOfficersCompletingOneTaskAtOnceCompleteItOnce() throws Exception {
        Dossier dossier = submission.submit(submissions.valid("P1", "pg-applicant", UUID.randomUUID().toString()))
                .dossier();
        Task reception = tasks.createTaskQuery().processInstanceBusinessKey(dossier.getCode()).singleResult();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String officer : List.of("tiepnhan", "tiepnhan2")) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        work.complete(reception.getId(), officer, List.of("reception", "motcua"),
                                Map.of("receptionDecision", "ACCEPT"));
                        return "won";
                    } catch (TaskConflictException | TaskGoneException e) {
                        return "lost";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsExactlyInAnyOrder("won", "lost");
        } finally {
            pool.shutdownNow();
        }
        Dossier received = dossiers.get(dossier.getCode());
        assertThat(received.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossiers.history(received)).filteredOn(e -> "RECEIVED".equals(e.getAction())).hasSize(1);
        assertThat(dossiers.documents(received)).filteredOn(d -> "RECEIPT".equals(d.type())).hasSize(1);
    }

    @Test
    void taskListCountsAndSearchWorkOnPostgres() {
        Dossier dossier = submission.submit(submissions.valid("P1", "pg-applicant", UUID.randomUUID().toString()))
                .dossier();
        assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'ix_open_task_search_trgm'",
                Integer.class)).as("the PostgreSQL-only trigram index is migrated").isEqualTo(1);
        TaskFilter unclaimed = new TaskFilter(TaskFilter.Scope.UNASSIGNED_IN_GROUPS, "pg-reception",
                List.of("reception", "motcua"), List.of("motcua"), null, null, dossier.getCode(), TaskFilter.Order.DUE);
        assertThat(openTasks.page(unclaimed, 0, 20)).extracting(OpenTask::businessKey)
                .containsExactly(dossier.getCode());
        OpenTasks.Counts counts = openTasks.counts(unclaimed,
                List.of(new OpenTasks.DueWindow(null, java.time.Instant.now().plusSeconds(60L * 86_400))), true);
        assertThat(counts.unassignedInGroups()).isEqualTo(1);
        assertThat(counts.assigned()).isZero();
        assertThat(counts.dueInWindows()).containsExactly(1L);
        assertThat(counts.units()).isEqualTo(1);

        TaskFilter otherUnit = new TaskFilter(TaskFilter.Scope.UNIT, "pg-leader", List.of("leader", "gdnn"),
                List.of("gdnn"), null, null, dossier.getCode(), TaskFilter.Order.DUE);
        assertThat(openTasks.count(otherUnit)).as("a unit sees none of another unit's tasks").isZero();
    }
}
