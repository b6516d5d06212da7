package vn.vetflow.benchmark;

import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.IssuedDocuments;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.publicservice.OfficerWork;
import vn.vetflow.support.PostgresDatabase;
import vn.vetflow.support.TestSubmissions;

/**
 * Complete public-service lifecycles per second (submit → reception → appraisal → approval → result
 * returned), through vetflow's own services, next to the same BPMN on a bare engine (no-op delegates,
 * no application layer) on the same kind of database, in the same run. Full history on both.
 *
 * <pre>mvn -q -DskipTests test-compile exec:java@lifecycle-benchmark -Dlifecycles=300</pre>
 */
public final class LifecycleBenchmark {

    private static final List<String> RECEPTION = List.of("reception", "motcua");
    private static final List<String> SPECIALIST = List.of("specialist", "gdnn");
    private static final List<String> LEADER = List.of("leader", "gdnn");

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("lifecycles", 300);
        int warmup = Math.max(20, n / 10);
        System.out.printf("Lifecycle benchmark: %d lifecycles per run after %d warm-up, one thread, full history%n",
                n, warmup);
        run("H2 (in memory)", "jdbc:h2:mem:bench-app;DB_CLOSE_DELAY=-1",
                "sa", "jdbc:h2:mem:bench-bare;DB_CLOSE_DELAY=-1", n, warmup);
        String pg;
        try {
            pg = PostgresDatabase.url();
        } catch (Exception e) {
            System.out.println("PostgreSQL: skipped (" + e.getMessage() + ")");
            return;
        }
        String bare = PostgresDatabase.freshUrl();
        run("PostgreSQL", pg, "postgres", bare, n, warmup);
        System.exit(0);
    }

    private static void run(String label, String appUrl, String user, String bareUrl, int n, int warmup)
            throws Exception {
        double bare = bareEngine(bareUrl, user, n, warmup);
        double app = application(appUrl, user, n, warmup);
        System.out.printf("%-16s bare engine %8.1f lifecycles/s | vetflow services %8.1f lifecycles/s | ratio %.2f%n",
                label, bare, app, app / bare);
    }

    /** The BPMN alone: no-op delegates, routing variables set directly, tasks completed by id. */
    private static double bareEngine(String url, String user, int n, int warmup) throws Exception {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(url);
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword("");
        configuration.setJdbcDriver(url.startsWith("jdbc:h2") ? "org.h2.Driver" : "org.postgresql.Driver");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setHistoryRemovalTimeStrategy("start");
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("bare-" + UUID.randomUUID());
        Map<Object, Object> beans = new HashMap<>();
        JavaDelegate noop = execution -> { };
        for (String name : List.of("issueReceipt", "requestSupplement", "supplementReceived", "closeUnanswered",
                "refuseAtReception", "requestPayment", "paymentReceived", "stopProcessing", "decideRefusal",
                "withdrawDossier", "warnDueSoon", "escalateOverdue", "issueApology", "returnResult")) {
            beans.put(name, noop);
        }
        beans.put("issueResult", (JavaDelegate) execution -> execution.setVariable("outcome", "RESULT"));
        beans.put("startProcessing", (JavaDelegate) execution -> {
            execution.setVariable("dueSoonAt", new java.util.Date(System.currentTimeMillis() + 86_400_000L * 10));
            execution.setVariable("overdueAt", new java.util.Date(System.currentTimeMillis() + 86_400_000L * 14));
        });
        beans.put("stepGroups", new FixedGroups());
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        try (InputStream bpmn = LifecycleBenchmark.class.getResourceAsStream("/processes/public-service.bpmn")) {
            engine.getRepositoryService().createDeployment().addInputStream("public-service.bpmn", bpmn).deploy();
        }
        try {
            for (int i = 0; i < warmup; i++) {
                bareLifecycle(engine);
            }
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                bareLifecycle(engine);
            }
            return n / seconds(start);
        } finally {
            engine.close();
        }
    }

    private static void bareLifecycle(ProcessEngine engine) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("procedureId", "P1");
        variables.put("procedureVersion", 2);
        variables.put("feeRequired", false);
        variables.put("chairmanDecisionRequired", false);
        variables.put("fieldCheckRequired", false);
        String key = UUID.randomUUID().toString();
        String id = engine.getRuntimeService().startProcessInstanceByKey("public-service", key, variables).getId();
        TaskService tasks = engine.getTaskService();
        tasks.complete(only(tasks, id).getId(), Map.of("receptionDecision", "ACCEPT"));
        tasks.complete(only(tasks, id).getId(), Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đạt"));
        tasks.complete(only(tasks, id).getId(), Map.of("approvalDecision", "APPROVE"));
        runJob(engine.getManagementService(), id);
    }

    /** The same lifecycle through DossierSubmission and OfficerWork, with files, documents and history. */
    private static double application(String url, String user, int n, int warmup) throws InterruptedException {
        // Documents are signed as in production: by certificates (here of the demo CA).
        ConfigurableApplicationContext context = BenchmarkApplication.start(url, user,
                Map.of("vetflow.signing.demo-ca", "true"), BenchmarkConfiguration.class);
        try {
            DossierSubmission submission = context.getBean(DossierSubmission.class);
            OfficerWork work = context.getBean(OfficerWork.class);
            TestSubmissions submissions = context.getBean(TestSubmissions.class);
            TaskService tasks = context.getBean(TaskService.class);
            ManagementService management = context.getBean(ManagementService.class);
            for (int i = 0; i < warmup; i++) {
                appLifecycle(submission, work, submissions, tasks, management);
            }
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                appLifecycle(submission, work, submissions, tasks, management);
            }
            double rate = n / seconds(start);
            // The PDFs are rendered and signed after each commit, off the lifecycle's path: count them once
            // every one is done, and say how long after the last lifecycle that was.
            IssuedDocuments issued = context.getBean(IssuedDocuments.class);
            long drain = System.nanoTime();
            while (issued.beingPrepared() > 0) {
                Thread.sleep(20);
            }
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            System.out.printf("  documents: %d recorded, %d with their PDF, %d signed; all done %.1f s after the "
                            + "last lifecycle%n",
                    jdbc.queryForObject("select count(*) from dossier_document", Long.class),
                    jdbc.queryForObject("select count(*) from dossier_document where content is not null", Long.class),
                    jdbc.queryForObject("select count(*) from dossier_document where signed_at is not null", Long.class),
                    seconds(drain));
            return rate;
        } finally {
            context.close();
        }
    }

    private static void appLifecycle(DossierSubmission submission, OfficerWork work, TestSubmissions submissions,
                                     TaskService tasks, ManagementService management) {
        Dossier dossier = submission.submit(submissions.valid("P1", "bench", UUID.randomUUID().toString())).dossier();
        String id = dossier.getProcessInstanceId();
        work.complete(only(tasks, id).getId(), "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
        work.complete(only(tasks, id).getId(), "chuyenvien", SPECIALIST,
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
        work.complete(only(tasks, id).getId(), "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
        runJob(management, id);
    }

    private static Task only(TaskService tasks, String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    /** The asynchronous "return result" step. */
    private static void runJob(ManagementService management, String processInstanceId) {
        var job = management.createJobQuery().processInstanceId(processInstanceId).activityId("Task_ReturnResult")
                .singleResult();
        management.executeJob(job.getId());
    }

    private static double seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toNanos() / 1e9;
    }

    /** Candidate groups of the bare run. */
    public static final class FixedGroups {
        public List<String> of(Object execution, String step) {
            return List.of("reception", "motcua");
        }
    }

    private LifecycleBenchmark() {
    }
}
