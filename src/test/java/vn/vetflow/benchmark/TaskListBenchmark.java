package vn.vetflow.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.vetflow.shared.SearchText;
import vn.vetflow.support.PostgresDatabase;

/**
 * The officers' task list with 100,000 open tasks: fills a fresh database with dossiers and their open
 * tasks (written straight into the tables the list reads, as the task listener would), then measures
 * the list page's server time (controller, queries and Thymeleaf, in process) for typical filters, and
 * prints p50 and p95 per filter.
 *
 * <pre>mvn -q -DskipTests test-compile exec:java@task-list-benchmark -Dtasks=100000 -Drequests=200</pre>
 * {@code -Ddb=h2} runs it on the embedded H2 instead of PostgreSQL.
 */
public final class TaskListBenchmark {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[] PROCEDURES = {"P1", "P2", "P3", "P4", "P8", "P9"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thu", "Quốc", "Hữu", "Gia"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Long",
            "Mai", "Nam", "Phúc", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Việt", "Yến"};
    private static final String[] SCHOOLS = {"Trường Trung cấp Kỹ thuật", "Trung tâm Giáo dục nghề nghiệp",
            "Trường Cao đẳng Nghề", "Công ty TNHH Đào tạo", "Trường Trung cấp Nông Lâm"};
    private static final String[] PLACES = {"Nghĩa Lộ", "Văn Chấn", "Lục Yên", "Yên Bình", "Bảo Yên", "Sa Pa",
            "Bắc Hà", "Mường Khương", "Trấn Yên", "Mù Cang Chải"};

    /** One step of the process as the generator lays tasks out: share, unit, group, BPMN id, name. */
    private record Step(double share, String unit, String group, String key, String name) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(0.30, "motcua", "reception", "Task_Reception", "Kiểm tra, tiếp nhận hồ sơ"),
            new Step(0.45, "gdnn", "specialist", "Task_Appraisal", "Thẩm định hồ sơ"),
            new Step(0.15, "gdnn", "leader", "Task_Approval", "Phê duyệt kết quả"),
            new Step(0.05, "gdnn", "leader", "Task_SubmitToChairman", "Trình Chủ tịch UBND tỉnh"),
            new Step(0.05, "gdnn", "leader", "Task_ExtendDeadline", "Xin lỗi và hẹn lại ngày trả kết quả"));

    /** Officers per role among whom assigned tasks are spread. */
    private static final int OFFICERS = 40;

    public static void main(String[] args) throws Exception {
        int tasks = Integer.getInteger("tasks", 100_000);
        int requests = Integer.getInteger("requests", 200);
        boolean h2 = "h2".equals(System.getProperty("db"));
        String url = h2 ? "jdbc:h2:mem:bench-list;DB_CLOSE_DELAY=-1" : PostgresDatabase.freshUrl();
        ConfigurableApplicationContext context = BenchmarkApplication.start(url, h2 ? "sa" : "postgres", Map.of());
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            fill(jdbc, tasks);
            if (!h2) {
                jdbc.execute("vacuum analyze"); // what autovacuum keeps up in production
            }
            System.out.printf("Task list benchmark on %s: %,d open tasks and their dossiers written in %.1f s%n",
                    h2 ? "H2 (in memory)" : "PostgreSQL", tasks, (System.nanoTime() - started) / 1e9);
            officers(context.getBean(IdentityService.class));
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                    .apply(springSecurity()).build();
            RequestPostProcessor reception = user("r0").roles("reception", "motcua");
            RequestPostProcessor specialist = user("s0").roles("specialist", "gdnn");
            RequestPostProcessor leader = user("l0").roles("leader", "gdnn");
            // a dossier waiting unclaimed at reception, so the search has one row to find
            String code = jdbc.queryForObject("select business_key from open_task where unit_code = 'motcua'"
                    + " and assignee is null order by task_id limit 1 offset 500", String.class);
            System.out.printf("%-52s %10s %10s %10s%n", "filter (page = counts of every tab + 20 rows)", "rows",
                    "p50 ms", "p95 ms");
            measure(mvc, "reception: unclaimed, by deadline", "/workspace?tab=unclaimed", reception, requests);
            measure(mvc, "reception: due today", "/workspace?tab=today", reception, requests);
            measure(mvc, "reception: search by dossier code", "/workspace?tab=unclaimed&q=" + code, reception,
                    requests);
            measure(mvc, "specialist: my tasks", "/workspace?tab=mine", specialist, requests);
            measure(mvc, "specialist: unclaimed, by received date", "/workspace?tab=unclaimed&sort=received",
                    specialist, requests);
            measure(mvc, "specialist: overdue", "/workspace?tab=overdue", specialist, requests);
            measure(mvc, "specialist: search applicant, no accents", "/workspace?tab=unclaimed&q=nguyen%20van%20an",
                    specialist, requests);
            measure(mvc, "leader: whole unit, by deadline", "/workspace?tab=all", leader, requests);
            measure(mvc, "leader: whole unit, page 200", "/workspace?tab=all&page=200", leader, requests);
            measure(mvc, "leader: whole unit, by priority", "/workspace?tab=all&sort=priority", leader, requests);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static void measure(MockMvc mvc, String label, String url, RequestPostProcessor who, int requests)
            throws Exception {
        int rows = 0;
        for (int i = 0; i < Math.max(10, requests / 10); i++) {
            String html = mvc.perform(get(java.net.URI.create(url)).with(who)).andReturn().getResponse().getContentAsString();
            rows = html.split("<tr id=\"task-", -1).length - 1;
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            int status = mvc.perform(get(java.net.URI.create(url)).with(who)).andReturn().getResponse().getStatus();
            nanos[i] = System.nanoTime() - start;
            if (status != 200) {
                throw new IllegalStateException(url + " answered " + status);
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%-52s %10d %10.1f %10.1f%n", label, rows, nanos[requests / 2] / 1e6,
                nanos[(int) Math.ceil(requests * 0.95) - 1] / 1e6);
    }

    /** Dossiers and one open task each, in batches; returns the dossier codes. */
    private static List<String> fill(JdbcTemplate jdbc, int count) {
        Random random = new Random(42);
        LocalDate today = LocalDate.now(VN);
        List<String> codes = new ArrayList<>(count);
        int batch = 1000;
        for (int from = 0; from < count; from += batch) {
            List<Object[]> dossiers = new ArrayList<>();
            List<Object[]> tasks = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + batch); i++) {
                String code = String.format("000.00.25.H65-%s-%04d", today.minusDays(i / 9999).toString()
                        .replace("-", "").substring(2), i % 9999 + 1);
                codes.add(code);
                String procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
                String applicant = random.nextInt(3) == 0
                        ? FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                        + GIVEN[random.nextInt(GIVEN.length)]
                        : SCHOOLS[random.nextInt(SCHOOLS.length)] + " " + PLACES[random.nextInt(PLACES.length)];
                String procedureName = "Thủ tục " + procedure + " lĩnh vực giáo dục nghề nghiệp";
                Instant submitted = today.minusDays(random.nextInt(40)).atTime(8 + random.nextInt(9), 0)
                        .atZone(VN).toInstant();
                dossiers.add(new Object[] {code, procedure, procedureName, applicant, Timestamp.from(submitted),
                        Date.valueOf(today.plusDays(random.nextInt(20)))});
                Step step = pick(random);
                String taskId = "bench-" + i;
                String assignee = random.nextDouble() < 0.4 ? null
                        : step.group().charAt(0) + String.valueOf(random.nextInt(OFFICERS));
                Instant due = today.plusDays(random.nextInt(36) - 20).atTime(17, 0).atZone(VN).toInstant();
                String search = SearchText.normalise(code + " " + procedureName + " " + applicant);
                tasks.add(new Object[] {taskId, code, step.key(), step.name(), procedureName, applicant, step.unit(),
                        step.group(), search, assignee, 50 + (random.nextInt(10) == 0 ? 25 : 0), Timestamp.from(submitted),
                        Timestamp.from(due), Timestamp.from(submitted)});
            }
            jdbc.batchUpdate("insert into dossier (code, procedure_id, procedure_version, procedure_name, agency_code,"
                    + " applicant_username, applicant_name, applicant_id_number, subject, channel, status, form_data,"
                    + " submitted_at, appointment_date) values (?, ?, 2, ?, '000.00.25.H65', 'bench', ?, '001234567890',"
                    + " 'Đề nghị giải quyết thủ tục', 2, 4, '{}', ?, ?)", dossiers);
            jdbc.batchUpdate("insert into open_task (task_id, process_key, kind, business_key, step_key, step_name,"
                    + " title, party, unit_code, candidate_groups, search_text, assignee, priority, created_at, due_at,"
                    + " received_at) values (?, 'public-service', 'dossier', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    tasks);
        }
        STEPS.stream().map(Step::group).distinct().forEach(group -> jdbc.update(
                "insert into open_task_group_set (group_set, group_id) values (?, ?)", group, group));
        return codes;
    }

    private static Step pick(Random random) {
        double r = random.nextDouble();
        for (Step step : STEPS) {
            r -= step.share();
            if (r < 0) {
                return step;
            }
        }
        return STEPS.get(0);
    }

    /** A few engine users so the leader's assignment list has names to show. */
    private static void officers(IdentityService identity) {
        for (String id : List.of("r0", "s0", "s1", "l0")) {
            if (identity.createUserQuery().userId(id).count() == 0) {
                var user = identity.newUser(id);
                user.setFirstName("Cán bộ");
                user.setLastName(id);
                user.setPassword(UUID.randomUUID().toString());
                identity.saveUser(user);
                identity.createMembership(id, switch (id.charAt(0)) {
                    case 'r' -> "reception";
                    case 's' -> "specialist";
                    default -> "leader";
                });
                identity.createMembership(id, id.startsWith("r") ? "motcua" : "gdnn");
            }
        }
    }
}
