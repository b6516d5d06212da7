package vn.vetflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.support.ApiClient;
import vn.vetflow.support.ApiClient.Answer;
import vn.vetflow.support.PostgresDatabase;
import vn.vetflow.support.TestSubmissions;

/**
 * The concurrency figures of issue 12, over real HTTP on loopback: 30 officers accepting 30 different
 * dossiers at once; 300 submissions by 30 clients; 50 clients completing one task. Prints, per scenario,
 * the answers by status and the latency p50/p95/max (and the winner's latency for the single task).
 * {@code -Ddb=h2} (default) or {@code -Ddb=postgres} (a fresh database on 127.0.0.1:5432).
 */
public final class ConcurrencyBenchmark {

    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final Map<String, Object> ACCEPT = Map.of("receptionDecision", "ACCEPT");

    private ConcurrencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean postgres = "postgres".equals(System.getProperty("db", "h2"));
        String url = postgres ? PostgresDatabase.freshUrl() : "jdbc:h2:mem:bench-concurrency;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";
        try (ConfigurableApplicationContext context = BenchmarkApplication.start(url, postgres ? "postgres" : "sa",
                postgres ? Map.of("spring.datasource.hikari.maximum-pool-size", "20") : Map.of(),
                BenchmarkConfiguration.class)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            user(context.getBean(IdentityService.class), "benchapplicant", "applicant", null);
            user(context.getBean(IdentityService.class), "benchreception", "reception", "motcua");
            ProcedureVersion version = context.getBean(ProcedureCatalogue.class).currentVersion("P1",
                    context.getBean(Deadlines.class).today());
            Map<String, Object> form = context.getBean(TestSubmissions.class).formData(version);
            TaskService tasks = context.getBean(TaskService.class);
            ApiClient api = new ApiClient(port, PASSWORD);
            System.out.printf("Pool: %d connections%n",
                    ((com.zaxxer.hikari.HikariDataSource) context.getBean(DataSource.class)).getMaximumPoolSize());

            // warm-up: a few submissions and completions, not counted
            for (int i = 0; i < 5; i++) {
                Answer a = api.submit("benchapplicant", version, form);
                api.complete("benchreception", task(tasks, ApiClient.code(a)), ACCEPT);
            }

            List<String> codes = new ArrayList<>();
            for (Answer a : ApiClient.concurrently(30, i -> api.submit("benchapplicant", version, form))) {
                codes.add(ApiClient.code(a));
            }
            List<String> taskIds = new ArrayList<>();
            for (String code : codes) {
                taskIds.add(task(tasks, code));
            }
            print("30 officers accepting 30 dossiers at once", ApiClient.concurrently(30,
                    i -> api.complete("benchreception", taskIds.get(i), ACCEPT)));

            List<Answer> submissions = new ArrayList<>();
            ApiClient.concurrently(30, i -> {
                List<Answer> mine = new ArrayList<>();
                for (int k = 0; k < 10; k++) {
                    mine.add(api.submit("benchapplicant", version, form));
                }
                return mine;
            }).forEach(submissions::addAll);
            print("300 submissions by 30 clients (10 each)", submissions);

            String one = task(tasks, ApiClient.code(api.submit("benchapplicant", version, form)));
            List<Answer> race = ApiClient.concurrently(50, i -> api.complete("benchreception", one, ACCEPT));
            print("50 clients completing one task", race);
            race.stream().filter(a -> a.status() == 204).forEach(a ->
                    System.out.printf("  winner answered in %d ms%n", a.nanos() / 1_000_000));
        }
        System.exit(0);
    }

    private static String task(TaskService tasks, String code) {
        return tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();
    }

    private static void print(String scenario, List<Answer> answers) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        answers.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        long[] ms = answers.stream().mapToLong(a -> a.nanos() / 1_000_000).sorted().toArray();
        System.out.printf("%s: %d answers %s, p50 %d ms, p95 %d ms, max %d ms%n", scenario, answers.size(), byStatus,
                percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1]);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static void user(IdentityService identity, String id, String group, String unit) {
        var user = identity.newUser(id);
        user.setFirstName("Người dùng");
        user.setLastName(id);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
        if (unit != null) {
            identity.createMembership(id, unit);
        }
    }
}
