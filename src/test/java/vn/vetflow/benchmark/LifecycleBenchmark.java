package vn.vetflow.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.shared.DocumentReaction;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.support.OccupiedExecutors;
import vn.vetflow.support.PostgresDatabase;
import vn.vetflow.support.TestSubmissions;

/**
 * Complete public-service lifecycles per second (submit → reception → appraisal → approval → result
 * returned), through vetflow's own services, next to the same BPMN on a bare engine (no-op delegates,
 * no application layer) on the same kind of database, in the same run, at each thread count. Full
 * history on both.
 *
 * <p>Two rates: the request path (the clock stops when the last synchronous call returns) and end to end
 * (the clock stops when every document of the run is signed and the KPI read model holds every dossier in
 * its final status). A counting data source gives statements, batches, commits and connections borrowed
 * per lifecycle, split into the request path (the driver threads) and background work (listeners,
 * document preparation, KPI upkeep). {@code -Dstatements.detail=true} adds a histogram by SQL shape.
 *
 * <pre>mvn -q -o -DskipTests test-compile exec:java@lifecycle-benchmark -Dlifecycles=200 -Dthreads=1,4,8</pre>
 * {@code -Ddb=h2} or {@code -Ddb=postgres} runs one database only; {@code -Dwarmup=N} sets the unmeasured
 * lifecycles run first on each side (default the larger of 20 and a tenth of the run). Per step, the mean wall
 * and processor time of the driver threads; for vetflow, the processor time of the reactions' threads per
 * lifecycle. {@code -Dreactions=held} keeps the reactions waiting until the last lifecycle returned: the
 * request path alone, without background work competing for the two cores. {@code -Drounds=R} splits each
 * figure into R rounds that alternate between the two sides (bare, vetflow, bare, …; each vetflow round ends
 * when its reactions are done) and prints each round's ratios as well: the ratio then holds against a machine
 * whose speed drifts during the run.
 */
public final class LifecycleBenchmark {

    private static final List<String> RECEPTION = List.of("reception", "motcua");
    private static final List<String> SPECIALIST = List.of("specialist", "gdnn");
    private static final List<String> LEADER = List.of("leader", "gdnn");
    private static final String DRIVER = "lifecycle-";
    private static final boolean HELD = "held".equals(System.getProperty("reactions"));
    private static final String[] STEPS = {"submit", "reception", "appraisal", "approval", "result"};
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(10);

    /** One side's figures for one run. */
    record Figures(String engine, int threads, int lifecycles, double requestSeconds, double endSeconds,
                   CountingDataSource.Counts request, CountingDataSource.Counts background, String done) {

        double requestRate() {
            return lifecycles / requestSeconds;
        }

        double endRate() {
            return lifecycles / endSeconds;
        }

        /** Two rounds of one side as one figure: their lifecycles, seconds and counts added ({@code done}: the later's). */
        Figures plus(Figures later) {
            return new Figures(engine, threads, lifecycles + later.lifecycles, requestSeconds + later.requestSeconds,
                    endSeconds + later.endSeconds, request.plus(later.request), background.plus(later.background),
                    later.done);
        }
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("lifecycles", 200);
        // Steady state is what a server lives in: -Dwarmup lets the JIT finish compiling both sides first.
        int warmup = Integer.getInteger("warmup", Math.max(20, n / 10));
        int[] threads = Arrays.stream(System.getProperty("threads", "1").split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
        boolean detail = Boolean.getBoolean("statements.detail");
        String db = System.getProperty("db", "both");
        System.out.printf("Lifecycle benchmark: %d lifecycles per figure after %d warm-up, threads %s, full history%n",
                n, warmup, Arrays.toString(threads));
        System.out.println("uptime: " + uptime());
        if (!db.equals("postgres")) {
            run("H2", "jdbc:h2:mem:bench-app;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000", "sa",
                    "jdbc:h2:mem:bench-bare;DB_CLOSE_DELAY=-1", n, warmup, threads, detail);
        }
        if (!db.equals("h2")) {
            String pg;
            try {
                pg = PostgresDatabase.url();
            } catch (Exception e) {
                System.out.println("PostgreSQL: skipped (" + e.getMessage() + ")");
                System.exit(0);
                return;
            }
            run("PostgreSQL", pg, "postgres", PostgresDatabase.freshUrl(), n, warmup, threads, detail);
        }
        System.out.println("uptime: " + uptime());
        System.exit(0);
    }

    private static void run(String label, String appUrl, String user, String bareUrl, int n, int warmup,
                            int[] threads, boolean detail) throws Exception {
        int rounds = Math.max(1, Math.min(n, Integer.getInteger("rounds", 1)));
        int maxThreads = Arrays.stream(threads).max().orElse(1);
        try (Bare bare = new Bare(bareUrl, user, maxThreads, detail);
             App app = new App(appUrl, user, detail)) {
            bare.measure(warmup, 1, "warm-up");
            app.measure(warmup, 1, "warm-up");
            System.out.printf("%n%-10s %7s %-8s %9s %9s | %-40s | %-40s%n", "database", "threads", "engine",
                    "request/s", "end/s", "request path per lifecycle", "background per lifecycle");
            System.out.printf("%-10s %7s %-8s %9s %9s | %7s %7s %7s %7s %7s | %7s %7s %7s %7s %7s%n", "", "", "", "",
                    "", "stmts", "trips", "batches", "commits", "conns", "stmts", "trips", "batches", "commits",
                    "conns");
            for (int t : threads) {
                if (detail) {
                    bare.counter.resetShapes();
                    app.counter.resetShapes();
                }
                bare.steps.reset();
                app.steps.reset();
                // The two sides take turns, round after round: a machine whose speed drifts during the run
                // (seen: the bare engine from 16 to 31 lifecycles/s between runs) drifts under both alike.
                Figures b = null;
                Figures a = null;
                StringBuilder perRound = new StringBuilder();
                for (int r = 1; r <= rounds; r++) {
                    int size = n / rounds + (r <= n % rounds ? 1 : 0);
                    Figures br = bare.measure(size, t, "t" + t + "-r" + r);
                    Figures ar = app.measure(size, t, "t" + t + "-r" + r);
                    perRound.append(String.format(" %.2f/%.2f", ar.requestRate() / br.requestRate(),
                            ar.endRate() / br.endRate()));
                    b = b == null ? br : b.plus(br);
                    a = a == null ? ar : a.plus(ar);
                }
                print(label, b);
                print(label, a);
                System.out.printf("%-10s %7d ratio    request %.2f, end to end %.2f; vetflow %s%n", label, t,
                        a.requestRate() / b.requestRate(), a.endRate() / b.endRate(),
                        (rounds > 1 ? "last round: " : "") + a.done());
                if (rounds > 1) {
                    System.out.printf("%-10s %7d ratio    by round (request/end to end):%s%n", label, t, perRound);
                }
                System.out.printf("%-10s %7d bare     mean ms per step: %s%n", label, t, bare.steps.means());
                System.out.printf("%-10s %7d vetflow  mean ms per step: %s%n", label, t, app.steps.means());
                if (detail) {
                    histogram("bare engine, request path", bare.counter.shapes(true), n);
                    histogram("vetflow, request path", app.counter.shapes(true), n);
                    histogram("vetflow, background", app.counter.shapes(false), n);
                }
            }
        }
    }

    private static void print(String label, Figures f) {
        double n = f.lifecycles();
        System.out.printf("%-10s %7d %-8s %9.1f %9.1f | %7.1f %7.1f %7.1f %7.1f %7.1f | %7.1f %7.1f %7.1f %7.1f %7.1f%n",
                label, f.threads(), f.engine(), f.requestRate(), f.endRate(),
                f.request().statements() / n, f.request().roundTrips() / n, f.request().batches() / n,
                f.request().commits() / n, f.request().connections() / n,
                f.background().statements() / n, f.background().roundTrips() / n, f.background().batches() / n,
                f.background().commits() / n, f.background().connections() / n);
    }

    private static void histogram(String title, Map<String, Long> shapes, int n) {
        System.out.printf("  statements by SQL shape, %s (per lifecycle):%n", title);
        shapes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %7.2f  %s%n", e.getValue() / (double) n, e.getKey()));
    }

    /** Runs {@code n} lifecycles on {@code threads} driver threads; the seconds until the last returned. */
    private static double drive(int n, int threads, Consumer<Integer> lifecycle) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                r -> new Thread(r, DRIVER + names.incrementAndGet()));
        long start = System.nanoTime();
        try {
            List<Future<?>> drivers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                drivers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        lifecycle.accept(i);
                    }
                    return null;
                }));
            }
            for (Future<?> driver : drivers) {
                driver.get();
            }
            return seconds(start);
        } finally {
            pool.shutdown();
        }
    }

    /** The BPMN alone: no-op delegates, routing variables set directly, tasks completed by id. */
    private static final class Bare implements AutoCloseable {
        final CountingDataSource counter;
        private final HikariDataSource pool;
        private final ProcessEngine engine;
        final StepTimes steps = new StepTimes(STEPS);

        Bare(String url, String user, int threads, boolean detail) throws Exception {
            pool = new HikariDataSource();
            pool.setJdbcUrl(url);
            pool.setUsername(user);
            pool.setPassword("");
            pool.setMaximumPoolSize(Math.max(10, threads + 2));
            counter = new CountingDataSource(pool, t -> t.getName().startsWith(DRIVER), detail);
            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            configuration.setDataSource(counter);
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
            engine = configuration.buildProcessEngine();
            try (InputStream bpmn = LifecycleBenchmark.class.getResourceAsStream("/processes/public-service.bpmn")) {
                engine.getRepositoryService().createDeployment().addInputStream("public-service.bpmn", bpmn).deploy();
            }
        }

        /** The bare engine has no background work: both clocks stop together. */
        Figures measure(int n, int threads, String run) throws Exception {
            var request = counter.request();
            var background = counter.background();
            double seconds = drive(n, threads, i -> lifecycle());
            return new Figures("bare", threads, n, seconds, seconds, counter.request().minus(request),
                    counter.background().minus(background), "");
        }

        private void lifecycle() {
            Map<String, Object> variables = new HashMap<>();
            variables.put("procedureId", "P1");
            variables.put("procedureVersion", 2);
            variables.put("feeRequired", false);
            variables.put("chairmanDecisionRequired", false);
            variables.put("fieldCheckRequired", false);
            String key = UUID.randomUUID().toString();
            long t = steps.start();
            String id = engine.getRuntimeService().startProcessInstanceByKey("public-service", key, variables).getId();
            t = steps.lap(0, t);
            TaskService tasks = engine.getTaskService();
            tasks.complete(only(tasks, id).getId(), Map.of("receptionDecision", "ACCEPT"));
            t = steps.lap(1, t);
            tasks.complete(only(tasks, id).getId(),
                    Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đạt"));
            t = steps.lap(2, t);
            tasks.complete(only(tasks, id).getId(), Map.of("approvalDecision", "APPROVE"));
            t = steps.lap(3, t);
            runJob(engine.getManagementService(), id);
            steps.lap(4, t);
        }

        @Override
        public void close() {
            engine.close();
            pool.close();
        }
    }

    /** The same lifecycle through DossierSubmission and TaskWork, with files, documents and history. */
    private static final class App implements AutoCloseable {
        final CountingDataSource counter;
        private final ConfigurableApplicationContext context;
        private final String url;
        private final String user;
        private final DossierSubmission submission;
        private final TaskWork work;
        private final TestSubmissions submissions;
        private final ManagementService management;
        private final JdbcTemplate jdbc;
        private final List<ThreadPoolTaskExecutor> reactions;
        final StepTimes steps = new StepTimes(STEPS);

        App(String url, String user, boolean detail) {
            this.url = url;
            this.user = user;
            Counting.detail = detail;
            // Documents are signed as in production: by certificates (here of the demo CA).
            context = BenchmarkApplication.start(url, user, Map.of("vetflow.signing.demo-ca", "true"),
                    BenchmarkConfiguration.class, Counting.class);
            counter = context.getBean(CountingDataSource.class);
            submission = context.getBean(DossierSubmission.class);
            work = context.getBean(TaskWork.class);
            submissions = context.getBean(TestSubmissions.class);
            management = context.getBean(ManagementService.class);
            jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            reactions = List.of(context.getBean("taskExecutor", ThreadPoolTaskExecutor.class),
                    context.getBean(DocumentReaction.EXECUTOR, ThreadPoolTaskExecutor.class));
        }

        /**
         * Runs the lifecycles of one applicant (named after the run), then waits until their documents are
         * signed and the KPI read model holds each dossier in its final status, checking on a connection
         * of its own that the counter does not see.
         */
        Figures measure(int n, int threads, String run) throws Exception {
            String applicant = "bench-" + run + "-" + UUID.randomUUID().toString().substring(0, 8);
            var request = counter.request();
            var background = counter.background();
            long backgroundCpu = reactionsCpuNanos();
            Runnable release = HELD ? hold() : () -> { };
            long start = System.nanoTime();
            double requestSeconds = drive(n, threads, i -> lifecycle(applicant));
            var requestAfter = counter.request().minus(request);
            release.run();
            long limit = System.nanoTime() + DRAIN_LIMIT.toNanos();
            long[] done;
            try (Connection probe = DriverManager.getConnection(url, user, "")) {
                for (done = progress(probe, applicant); done[1] < 2L * n || done[2] < n; done = progress(probe,
                        applicant)) {
                    if (System.nanoTime() > limit) {
                        throw new IllegalStateException("Background work did not finish within " + DRAIN_LIMIT
                                + ": " + Arrays.toString(done));
                    }
                    Thread.sleep(10);
                }
            }
            double endSeconds = seconds(start);
            double reactionsCpuMs = (reactionsCpuNanos() - backgroundCpu) / 1e6 / n;
            return new Figures("vetflow", threads, n, requestSeconds, endSeconds, requestAfter,
                    counter.background().minus(background),
                    String.format("%d documents signed, %d dossiers current in the KPI read model, %.1f s after the "
                            + "last lifecycle%s; reactions' processor time %.1f ms per lifecycle", done[1], done[2],
                            endSeconds - requestSeconds, HELD ? " (reactions held until then)" : "", reactionsCpuMs));
        }

        /**
         * Occupies every thread of the reactions' executors (the listeners' and the documents') until the returned
         * action runs, so that the request path is measured alone (-Dreactions=held): the documents, mails and
         * read-model refreshes it causes queue meanwhile, as the event publication registry keeps them, and run
         * afterwards.
         */
        private Runnable hold() throws InterruptedException {
            return OccupiedExecutors.occupy(reactions)::close;
        }

        /** Processor time of the reactions' executors' threads so far (they live as long as the application). */
        private long reactionsCpuNanos() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<String> prefixes = reactions.stream().map(ThreadPoolTaskExecutor::getThreadNamePrefix).toList();
            long sum = 0;
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null && prefixes.stream().anyMatch(info.getThreadName()::startsWith)) {
                    sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
                }
            }
            return sum;
        }

        /** Documents recorded, documents signed, dossiers whose KPI row shows their status. */
        private static long[] progress(Connection probe, String applicant) throws SQLException {
            try (PreparedStatement query = probe.prepareStatement("""
                    select (select count(*) from dossier_document x join dossier d on d.id = x.dossier_id
                             where d.applicant_username = ?),
                           (select count(*) from dossier_document x join dossier d on d.id = x.dossier_id
                             where d.applicant_username = ? and x.signed_at is not null),
                           (select count(*) from kpi_dossier k join dossier d on d.code = k.code
                             where d.applicant_username = ? and k.status = d.status)""")) {
                query.setString(1, applicant);
                query.setString(2, applicant);
                query.setString(3, applicant);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
                }
            }
        }

        private void lifecycle(String applicant) {
            long t = steps.start();
            Dossier dossier = submission.submit(submissions.valid("P1", applicant, UUID.randomUUID().toString()))
                    .dossier();
            t = steps.lap(0, t);
            String code = dossier.getCode();
            work.complete(openTask(code), "tiepnhan", RECEPTION, Map.of("receptionDecision", "ACCEPT"));
            t = steps.lap(1, t);
            work.complete(openTask(code), "chuyenvien", SPECIALIST,
                    Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
            t = steps.lap(2, t);
            work.complete(openTask(code), "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
            t = steps.lap(3, t);
            runJob(management, dossier.getProcessInstanceId());
            steps.lap(4, t);
        }

        /**
         * The dossier's open task as an officer's work list finds it: in the read model {@code open_task}, which
         * the transaction that opened the task wrote. One indexed query outside a transaction, as the bare
         * engine's task query commits nothing (MyBatis commits only what wrote).
         */
        private String openTask(String dossierCode) {
            return jdbc.queryForObject("select task_id from open_task where business_key = ?", String.class,
                    dossierCode);
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /**
     * Puts the counter around the application's data source. Not a @Configuration, so that the tests'
     * component scan never picks it up; the benchmark passes it as a source.
     */
    static class Counting {
        static volatile boolean detail;

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource source && !(bean instanceof CountingDataSource)) {
                        return new CountingDataSource(source, t -> t.getName().startsWith(DRIVER), detail);
                    }
                    return bean;
                }
            };
        }
    }

    /**
     * Wall and processor time per step of a lifecycle, summed over the driver threads: the difference is what the
     * step waited for (the database, locks, the processor taken by other threads).
     */
    static final class StepTimes {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final String[] names;
        private final LongAdder[] nanos;
        private final LongAdder[] cpu;
        private final LongAdder[] counts;
        private final ThreadLocal<Long> cpuMark = ThreadLocal.withInitial(THREADS::getCurrentThreadCpuTime);

        StepTimes(String... names) {
            this.names = names;
            nanos = new LongAdder[names.length];
            cpu = new LongAdder[names.length];
            counts = new LongAdder[names.length];
            reset();
        }

        void reset() {
            for (int i = 0; i < names.length; i++) {
                nanos[i] = new LongAdder();
                cpu[i] = new LongAdder();
                counts[i] = new LongAdder();
            }
        }

        /** Marks the start of a lifecycle on this thread; returns now. */
        long start() {
            cpuMark.set(THREADS.getCurrentThreadCpuTime());
            return System.nanoTime();
        }

        /** Adds the time since {@code since} to step {@code i}; returns now, the next step's start. */
        long lap(int i, long since) {
            long now = System.nanoTime();
            long cpuNow = THREADS.getCurrentThreadCpuTime();
            cpu[i].add(cpuNow - cpuMark.get());
            cpuMark.set(cpuNow);
            nanos[i].add(now - since);
            counts[i].increment();
            return now;
        }

        String means() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < names.length; i++) {
                long count = Math.max(1, counts[i].sum());
                out.append(String.format("%s %.1f (cpu %.1f)  ", names[i], nanos[i].sum() / 1e6 / count,
                        cpu[i].sum() / 1e6 / count));
            }
            return out.toString().strip();
        }
    }

    private static Task only(TaskService tasks, String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    /** The asynchronous "return result" step, run by the driver as the job executor would. */
    private static void runJob(ManagementService management, String processInstanceId) {
        var job = management.createJobQuery().processInstanceId(processInstanceId).activityId("Task_ReturnResult")
                .singleResult();
        management.executeJob(job.getId());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The load average, to tell a busy machine from a quiet one next to the figures. */
    static String uptime() {
        try {
            Process process = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (Exception e) {
            return "load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
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
