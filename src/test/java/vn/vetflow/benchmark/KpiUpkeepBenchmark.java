package vn.vetflow.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.dossier.IssuedDocuments;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.support.PostgresDatabase;
import vn.vetflow.support.TestSubmissions;

/**
 * What keeping the KPI read model costs per lifecycle. Runs N lifecycles (submit → receipt → appraisal →
 * approval → result) one after another on a fresh PostgreSQL database, each followed by the wait for every
 * reaction to its commits (KPI refreshes, documents, mails), and counts through a DataSource wrapper of its
 * own: the statements, round trips and commits of the whole lifecycle on every thread, and those issued
 * inside {@code KpiUpdater.refresh} (marked by a proxy around it), with the time spent in the refreshes.
 *
 * <pre>mvn -q -o -DskipTests test-compile exec:java@kpi-benchmark -Dupkeep=100</pre>
 */
final class KpiUpkeepBenchmark {

    /** Statements inside a KPI refresh are counted apart; the benchmark's own polling is not counted. */
    private static final ThreadLocal<String> SCOPE = new ThreadLocal<>();
    private static final AtomicLong refreshes = new AtomicLong();
    private static final AtomicLong refreshNanos = new AtomicLong();
    /** Processor time of the threads while they ran a refresh (the upkeep's own Java work, not the database's). */
    private static final AtomicLong refreshCpuNanos = new AtomicLong();
    /** Time the refreshes waited for the database: statements (by SQL shape with the detail) and commits. */
    private static final AtomicLong refreshDbNanos = new AtomicLong();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** {@code -Dstatements.detail=true}: the KPI refreshes' statements by SQL text (first 110 characters). */
    private static final boolean DETAIL = Boolean.getBoolean("statements.detail");
    private static final java.util.concurrent.ConcurrentMap<String, AtomicLong> shapes =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentMap<String, AtomicLong> shapeNanos =
            new java.util.concurrent.ConcurrentHashMap<>();

    private KpiUpkeepBenchmark() {
    }

    static void run(int n, int warmup) throws Exception {
        String url = System.getProperty("db.url", PostgresDatabase.freshUrl());
        ConfigurableApplicationContext context = BenchmarkApplication.start(url, "postgres",
                Map.of("vetflow.signing.demo-ca", "true", "vetflow.scheduling", "false"), BenchmarkConfiguration.class,
                Instrumentation.class);
        try {
            DossierSubmission submission = context.getBean(DossierSubmission.class);
            TaskWork work = context.getBean(TaskWork.class);
            TestSubmissions submissions = context.getBean(TestSubmissions.class);
            TaskService tasks = context.getBean(TaskService.class);
            ManagementService management = context.getBean(ManagementService.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            IssuedDocuments documents = context.getBean(IssuedDocuments.class);
            for (int i = 0; i < warmup; i++) {
                lifecycle(submission, work, submissions, tasks, management, jdbc, documents);
            }
            Counts.reset();
            refreshes.set(0);
            refreshNanos.set(0);
            refreshCpuNanos.set(0);
            refreshDbNanos.set(0);
            shapes.clear();
            shapeNanos.clear();
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long cpuStarted = os.getProcessCpuTime();
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                lifecycle(submission, work, submissions, tasks, management, jdbc, documents);
            }
            double wall = (System.nanoTime() - started) / 1e6;
            double processCpuMs = (os.getProcessCpuTime() - cpuStarted) / 1e6;
            double kpiMs = refreshNanos.get() / 1e6;
            System.out.printf("%d lifecycles (after %d warm-up), each followed by its reactions: %.1f ms per lifecycle%n",
                    n, warmup, wall / n);
            System.out.printf("%-26s %12s %12s %12s%n", "per lifecycle", "statements", "round trips", "commits");
            System.out.printf("%-26s %12.1f %12.1f %12.1f%n", "all work (every thread)",
                    (Counts.all.statements.get()) / (double) n, Counts.all.roundTrips.get() / (double) n,
                    Counts.all.commits.get() / (double) n);
            System.out.printf("%-26s %12.1f %12.1f %12.1f%n", "KPI upkeep (refreshes)",
                    Counts.kpi.statements.get() / (double) n, Counts.kpi.roundTrips.get() / (double) n,
                    Counts.kpi.commits.get() / (double) n);
            System.out.printf("KPI refreshes: %.1f per lifecycle, %.2f ms each, %.1f ms per lifecycle = %.1f%% of the"
                    + " lifecycle's wall time; %.1f%% of its statements%n", refreshes.get() / (double) n,
                    kpiMs / Math.max(1, refreshes.get()), kpiMs / n, 100 * kpiMs / wall,
                    100.0 * Counts.kpi.statements.get() / Math.max(1, Counts.all.statements.get()));
            double kpiCpuMs = refreshCpuNanos.get() / 1e6;
            System.out.printf("KPI refreshes' processor time: %.2f ms each, %.1f ms per lifecycle = %.1f%% of the JVM's"
                    + " processor time per lifecycle (%.1f ms, every thread); waiting for the database %.2f ms each"
                    + " (statements and commits)%n", kpiCpuMs / Math.max(1, refreshes.get()), kpiCpuMs / n,
                    100 * kpiCpuMs / processCpuMs, processCpuMs / n, refreshDbNanos.get() / 1e6 / Math.max(1, refreshes.get()));
            if (DETAIL) {
                System.out.println("KPI statements per lifecycle by SQL (first 110 characters):");
                shapes.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
                        .forEach(e -> System.out.printf("%8.1f %8.2f ms  %s%n", e.getValue().get() / (double) n,
                                shapeNanos.getOrDefault(e.getKey(), new AtomicLong()).get() / 1e6 / n, e.getKey()));
            }
        } finally {
            context.close();
        }
    }

    private static void lifecycle(DossierSubmission submission, TaskWork work, TestSubmissions submissions,
                                  TaskService tasks, ManagementService management, JdbcTemplate jdbc,
                                  IssuedDocuments documents) throws InterruptedException {
        String id = submission.submit(submissions.valid("P1", "bench", UUID.randomUUID().toString())).dossier()
                .getProcessInstanceId();
        work.complete(only(tasks, id), "tiepnhan", List.of("reception", "motcua"), Map.of("receptionDecision", "ACCEPT"));
        work.complete(only(tasks, id), "chuyenvien", List.of("specialist", "gdnn"),
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
        work.complete(only(tasks, id), "lanhdao", List.of("leader", "gdnn"), Map.of("approvalDecision", "APPROVE"));
        management.executeJob(management.createJobQuery().processInstanceId(id).activityId("Task_ReturnResult")
                .singleResult().getId());
        // Waiting for the reactions is the benchmark's own work: not counted.
        SCOPE.set("ignore");
        try {
            while (jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                    Long.class) > 0 || documents.beingPrepared() > 0) {
                Thread.sleep(2);
            }
        } finally {
            SCOPE.remove();
        }
    }

    private static String only(TaskService tasks, String processInstanceId) {
        SCOPE.set("ignore");
        try {
            return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
        } finally {
            SCOPE.remove();
        }
    }

    /** Statement, round-trip and commit counters. */
    static final class Counts {
        static final Counts all = new Counts();
        static final Counts kpi = new Counts();

        final AtomicLong statements = new AtomicLong();
        final AtomicLong roundTrips = new AtomicLong();
        final AtomicLong commits = new AtomicLong();

        static void reset() {
            for (Counts c : List.of(all, kpi)) {
                c.statements.set(0);
                c.roundTrips.set(0);
                c.commits.set(0);
            }
        }

        static void count(int statements, int roundTrips, int commits) {
            String scope = SCOPE.get();
            if ("ignore".equals(scope)) {
                return;
            }
            for (Counts c : "kpi".equals(scope) ? List.of(all, kpi) : List.of(all)) {
                c.statements.addAndGet(statements);
                c.roundTrips.addAndGet(roundTrips);
                c.commits.addAndGet(commits);
            }
        }
    }

    /**
     * Wraps the application's DataSource in a counting one and marks the KPI refreshes. Not a
     * {@code @Configuration}: the tests' component scan covers this package and must not pick it up; the
     * benchmark registers it as a source of its own context.
     */
    static class Instrumentation {

        @Bean
        static BeanPostProcessor kpiUpkeepCounting() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
                        return proxy(DataSource.class, dataSource, (target, method, args) -> {
                            Object result = invoke(target, method, args);
                            return result instanceof Connection c ? connection(c) : result;
                        });
                    }
                    if (bean.getClass().getName().startsWith("vn.vetflow.kpi.KpiUpdater")) {
                        ProxyFactory factory = new ProxyFactory(bean);
                        factory.setProxyTargetClass(true);
                        factory.addAdvice((MethodInterceptor) call -> {
                            boolean refresh = call.getMethod().getName().equals("refresh")
                                    && call.getArguments().length == 1 && SCOPE.get() == null;
                            if (!refresh) {
                                return call.proceed();
                            }
                            SCOPE.set("kpi");
                            long t = System.nanoTime();
                            long cpu = THREADS.getCurrentThreadCpuTime();
                            try {
                                return call.proceed();
                            } finally {
                                refreshNanos.addAndGet(System.nanoTime() - t);
                                refreshCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
                                refreshes.incrementAndGet();
                                SCOPE.remove();
                            }
                        });
                        return factory.getProxy(bean.getClass().getClassLoader());
                    }
                    return bean;
                }
            };
        }

        private static Connection connection(Connection c) {
            return proxy(Connection.class, c, (target, method, args) -> {
                if (method.getName().equals("commit")) {
                    Counts.count(0, 1, 1);
                    long t = System.nanoTime();
                    try {
                        return invoke(target, method, args);
                    } finally {
                        waited("commit", System.nanoTime() - t);
                    }
                }
                Object result = invoke(target, method, args);
                String sql = method.getName().startsWith("prepare") && args != null && args[0] instanceof String q ? q : null;
                return result instanceof Statement s ? statement(s, sql) : result;
            });
        }

        private static void shape(String sql, int statements) {
            if (DETAIL && sql != null && "kpi".equals(SCOPE.get())) {
                shapes.computeIfAbsent(shortened(sql), k -> new AtomicLong()).addAndGet(statements);
            }
        }

        private static String shortened(String sql) {
            String text = sql.replaceAll("\\s+", " ").trim();
            return text.substring(0, Math.min(110, text.length()));
        }

        /** A refresh's wait for the database: statements by shape (with the detail) and commits. */
        private static void waited(String sql, long nanos) {
            if ("kpi".equals(SCOPE.get())) {
                refreshDbNanos.addAndGet(nanos);
                if (DETAIL && sql != null) {
                    boolean whole = sql.equals("commit") || sql.startsWith("(");
                    shapeNanos.computeIfAbsent(whole ? sql : shortened(sql), k -> new AtomicLong()).addAndGet(nanos);
                    if (whole) {
                        shapes.computeIfAbsent(sql, k -> new AtomicLong());
                    }
                }
            }
        }

        private static Statement statement(Statement s, String prepared) {
            Class<?> type = s instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                    : s instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
            int[] batched = {0};
            return (Statement) proxy(type, s, (target, method, args) -> {
                String name = method.getName();
                String sql = null;
                if (name.equals("addBatch")) {
                    batched[0]++;
                } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                    Counts.count(batched[0], 1, 0);
                    shape(prepared, batched[0]);
                    batched[0] = 0;
                    sql = prepared;
                } else if (name.startsWith("execute")) {
                    sql = args != null && args.length > 0 && args[0] instanceof String q ? q : prepared;
                    // Several statements sent in one round trip (kpi.KpiWrites, the lock with the reads in
                    // kpi.KpiUpkeep) count one each.
                    String[] parts = sql == null ? new String[] {null} : sql.split(";\n");
                    Counts.count(parts.length, 1, 0);
                    for (String part : parts) {
                        shape(part, 1);
                    }
                    if (parts.length > 1) {
                        sql = parts[0].startsWith("select") ? "(the lock and the reads in one round trip)"
                                : "(the refresh's writes in one round trip)";
                    }
                }
                long t = System.nanoTime();
                try {
                    return invoke(target, method, args);
                } finally {
                    if (sql != null) {
                        waited(sql, System.nanoTime() - t);
                    }
                }
            });
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, Object target, Handler handler) {
            return (T) Proxy.newProxyInstance(KpiUpkeepBenchmark.class.getClassLoader(), new Class<?>[] {type},
                    (p, method, args) -> handler.handle(target, method, args));
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        /** An {@link InvocationHandler} given the wrapped object. */
        interface Handler {
            Object handle(Object target, Method method, Object[] args) throws Throwable;
        }
    }
}
