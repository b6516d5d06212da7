package vn.vetflow.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.vetflow.VetflowApplication;
import vn.vetflow.calendar.WorkingCalendar;
import vn.vetflow.support.PostgresDatabase;

/**
 * The KPI dashboards on years of data. Fills a fresh PostgreSQL database (COPY) with closed dossiers over
 * three years as the read model holds them (kpi_dossier, kpi_pause, kpi_step) and as the engine's history
 * holds them (ACT_HI_PROCINST, ACT_HI_VARINST, ACT_HI_TASKINST, ACT_HI_IDENTITYLINK), plus inspections;
 * builds the daily pre-aggregates with the same statement the rebuild uses; then measures each dashboard
 * page's server time (MockMvc: controller, queries, Thymeleaf), first view and p50/p95, next to the same
 * figures computed by a plain query over the engine's history tables, in the same run.
 *
 * <pre>mvn -q -DskipTests test-compile exec:java@kpi-benchmark -Ddossiers=1000000 -Dinspections=10000 -Drequests=30</pre>
 * {@code -Ddb.url=jdbc:postgresql://127.0.0.1:5432/NAME} uses that database instead of a fresh one; with
 * {@code -Dgenerate=false} it measures the data already there (a second run on the same database).
 */
public final class KpiBenchmark {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[] PROCEDURES = {"P1", "P2", "P3", "P4", "P8", "P9"};
    private static final String[][] STEPS = {{"Task_Reception", "motcua"}, {"Task_Appraisal", "gdnn"},
            {"Task_Approval", "gdnn"}};
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    public static void main(String[] args) throws Exception {
        int dossiers = Integer.getInteger("dossiers", 1_000_000);
        int inspections = Integer.getInteger("inspections", 10_000);
        int requests = Integer.getInteger("requests", 30);
        String url = System.getProperty("db.url", PostgresDatabase.freshUrl());
        // Command-line arguments: they override application.yml (default properties would not).
        ConfigurableApplicationContext context = new SpringApplicationBuilder(VetflowApplication.class)
                .profiles("benchmark")
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.flyway.placeholders.binary=bytea",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.admin-user.id=admin",
                        "--camunda.bpm.admin-user.password=" + UUID.randomUUID(),
                        "--server.port=0",
                        "--vetflow.payment.secret=" + UUID.randomUUID() + UUID.randomUUID(),
                        "--vetflow.scheduling=false",
                        "--vetflow.national-portal.enabled=false",
                        "--logging.level.root=WARN");
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            try (Connection c = dataSource.getConnection()) {
                System.out.println("JDBC URL: " + c.getMetaData().getURL() + " (" + c.getMetaData().getDatabaseProductName()
                        + " " + c.getMetaData().getDatabaseProductVersion() + ")");
                if (!c.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
                    throw new IllegalStateException("The KPI benchmark runs on PostgreSQL only");
                }
            }
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
            long started = System.nanoTime();
            LocalDate today = LocalDate.now(VN);
            boolean generate = !"false".equals(System.getProperty("generate"));
            if (generate) {
            generate(dataSource, calendar, dossiers, today);
            System.out.printf("%,d closed dossiers (read model + engine history) written in %.1f s%n", dossiers,
                    (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            generateInspections(dataSource, inspections, today);
            System.out.printf("%,d inspections written in %.1f s%n", inspections, (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            Object store = context.getBean(Class.forName("vn.vetflow.kpi.KpiStore"));
            var rebuild = store.getClass().getDeclaredMethod("rebuildAggregates");
            rebuild.setAccessible(true);
            new org.springframework.transaction.support.TransactionTemplate(
                    context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                    .executeWithoutResult(s -> {
                        try {
                            rebuild.invoke(store);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            jdbc.execute("analyze");
            System.out.printf("daily pre-aggregates built (%,d dossier cells, %,d step cells) in %.1f s%n",
                    jdbc.queryForObject("select count(*) from kpi_daily", Long.class),
                    jdbc.queryForObject("select count(*) from kpi_step_daily", Long.class),
                    (System.nanoTime() - started) / 1e9);
            }
            System.out.printf("read model: %,d dossiers, %,d steps, %,d inspections; engine history: %,d process instances,"
                    + " %,d tasks%n", jdbc.queryForObject("select count(*) from kpi_dossier", Long.class),
                    jdbc.queryForObject("select count(*) from kpi_step", Long.class),
                    jdbc.queryForObject("select count(*) from kpi_inspection", Long.class),
                    jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class),
                    jdbc.queryForObject("select count(*) from act_hi_taskinst", Long.class));

            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
            RequestPostProcessor supervisor = user("giamsat").roles("supervisor");
            LocalDate month = today.minusMonths(1);
            String m = String.format("%d-%02d", month.getYear(), month.getMonthValue());
            LocalDate from = month.withDayOfMonth(1);
            LocalDate to = month.withDayOfMonth(month.lengthOfMonth());
            Timestamp fromTs = Timestamp.valueOf(from.atStartOfDay());
            Timestamp toTs = Timestamp.valueOf(to.plusDays(1).atStartOfDay());
            Timestamp yearFrom = Timestamp.valueOf(LocalDate.of(month.getYear(), 1, 1).atStartOfDay());
            Timestamp yearTo = Timestamp.valueOf(LocalDate.of(month.getYear() + 1, 1, 1).atStartOfDay());

            String servicesBaseline = """
                    select v.TEXT_ as procedure, count(*) as finished,
                      sum(case when p.END_TIME_ <= to_timestamp(o.LONG_ / 1000.0) then 1 else 0 end) as on_time,
                      avg(extract(epoch from p.END_TIME_ - p.START_TIME_)) / 86400 as avg_days
                    from ACT_HI_PROCINST p
                    join ACT_HI_VARINST v on v.PROC_INST_ID_ = p.ID_ and v.NAME_ = 'procedureId'
                    join ACT_HI_VARINST o on o.PROC_INST_ID_ = p.ID_ and o.NAME_ = 'overdueAt'
                    where p.PROC_DEF_KEY_ = 'public-service' and p.END_TIME_ >= ? and p.END_TIME_ < ?
                    group by v.TEXT_""";
            String runningBaseline = """
                    select count(*) from ACT_HI_PROCINST p
                    where p.PROC_DEF_KEY_ = 'public-service' and p.START_TIME_ < ? and (p.END_TIME_ is null or p.END_TIME_ >= ?)""";
            String processBaseline = """
                    select t.TASK_DEF_KEY_, count(*),
                      avg(extract(epoch from coalesce(l.T, t.END_TIME_) - t.START_TIME_)),
                      avg(extract(epoch from t.END_TIME_ - coalesce(l.T, t.END_TIME_))),
                      sum(case when t.END_TIME_ > t.DUE_DATE_ then 1 else 0 end)
                    from ACT_HI_TASKINST t
                    left join (select TASK_ID_, min(TIMESTAMP_) as T from ACT_HI_IDENTITYLINK
                               where TYPE_ = 'assignee' and OPERATION_TYPE_ = 'add' group by TASK_ID_) l on l.TASK_ID_ = t.ID_
                    where t.PROC_DEF_KEY_ = 'public-service' and t.END_TIME_ >= ? and t.END_TIME_ < ?
                    group by t.TASK_DEF_KEY_""";

            System.out.printf("%n%-44s %9s %9s %9s   %-34s %9s %9s %9s%n", "dashboard page (MockMvc, server time)", "first ms",
                    "p50 ms", "p95 ms", "same figures over ACT_HI_* (JDBC)", "first ms", "p50 ms", "p95 ms");
            row("services, month " + m + " (Decree 09)", () -> page(mvc, "/kpi/services?period=" + m, supervisor),
                    "finished/on time/avg by procedure", () -> jdbc.queryForList(servicesBaseline, fromTs, toTs)
                            .addAll(jdbc.queryForList(runningBaseline, toTs, toTs)), requests);
            row("services, month by procedure", () -> page(mvc, "/kpi/services?by=procedure&period=" + m, supervisor),
                    "same, by procedure", () -> jdbc.queryForList(servicesBaseline, fromTs, toTs), requests);
            row("services, month by officer", () -> page(mvc, "/kpi/services?by=officer&conv=CALENDAR&period=" + m,
                    supervisor), "same (no officer in ACT_HI_PROCINST)", () -> jdbc.queryForList(servicesBaseline, fromTs,
                    toTs), requests);
            row("services, year " + month.getYear(), () -> page(mvc, "/kpi/services?period=" + month.getYear(), supervisor),
                    "finished/on time/avg, year", () -> jdbc.queryForList(servicesBaseline, yearFrom, yearTo), requests);
            row("drill-down: dossiers done late, month", () -> page(mvc, "/kpi/services/dossiers?metric=late&period=" + m,
                    supervisor), "late dossiers of the month", () -> jdbc.queryForList("select p.BUSINESS_KEY_ from"
                    + " ACT_HI_PROCINST p join ACT_HI_VARINST o on o.PROC_INST_ID_ = p.ID_ and o.NAME_ = 'overdueAt'"
                    + " where p.PROC_DEF_KEY_ = 'public-service' and p.END_TIME_ >= ? and p.END_TIME_ < ?"
                    + " and p.END_TIME_ > to_timestamp(o.LONG_ / 1000.0) limit 1000", fromTs, toTs), requests);
            row("process analytics, month", () -> page(mvc, "/kpi/process?period=" + m, supervisor),
                    "waiting/working/breaches per step", () -> jdbc.queryForList(processBaseline, fromTs, toTs), requests);
            row("process analytics, year", () -> page(mvc, "/kpi/process?period=" + month.getYear(), supervisor),
                    "same, year", () -> jdbc.queryForList(processBaseline, yearFrom, yearTo), requests);
            row("inspections, year", () -> page(mvc, "/kpi/inspections?period=" + month.getYear(), supervisor),
                    "(no engine baseline: paper ones)", null, requests);
            row("plan targets", () -> page(mvc, "/kpi/targets", supervisor), "", null, requests);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    // --- measurement -------------------------------------------------------------------------

    private static void row(String name, Runnable page, String baselineName, Runnable baseline, int requests) {
        double[] ours = measure(page, requests);
        if (baseline == null) {
            System.out.printf("%-44s %9.1f %9.1f %9.1f%n", name, ours[0], ours[1], ours[2]);
            return;
        }
        double[] engine = measure(baseline, Math.max(3, requests / 5));
        System.out.printf("%-44s %9.1f %9.1f %9.1f   %-34s %9.1f %9.1f %9.1f   (p95 ratio ACT_HI/page %.1f×)%n", name,
                ours[0], ours[1], ours[2], baselineName, engine[0], engine[1], engine[2], engine[2] / ours[2]);
    }

    /** first, p50, p95 in ms. */
    private static double[] measure(Runnable action, int n) {
        long t0 = System.nanoTime();
        action.run();
        double first = (System.nanoTime() - t0) / 1e6;
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            action.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return new double[] {first, times[(int) Math.floor((n - 1) * 0.5)], times[(int) Math.ceil((n - 1) * 0.95)]};
    }

    private static void page(MockMvc mvc, String url, RequestPostProcessor who) {
        try {
            int status = mvc.perform(get(url).with(who)).andReturn().getResponse().getStatus();
            if (status != 200) {
                throw new IllegalStateException(url + " answered " + status);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- generation --------------------------------------------------------------------------

    private static void generate(DataSource dataSource, WorkingCalendar calendar, int n, LocalDate today)
            throws Exception {
        Random random = new Random(42);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusYears(3); d.isBefore(today.minusDays(25)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        int chunk = 50_000;
        try (Connection c = dataSource.getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int start = 0; start < n; start += chunk) {
                StringBuilder kd = new StringBuilder();
                StringBuilder kp = new StringBuilder();
                StringBuilder ks = new StringBuilder();
                StringBuilder hp = new StringBuilder();
                StringBuilder hv = new StringBuilder();
                StringBuilder ht = new StringBuilder();
                StringBuilder hl = new StringBuilder();
                for (int i = start; i < Math.min(n, start + chunk); i++) {
                    LocalDate received = days.get(random.nextInt(days.size()));
                    String code = String.format("000.00.01.H26-%s-%07d", received.format(DateTimeFormatter.ofPattern("yyMMdd")), i);
                    String procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
                    String officer = "cb" + random.nextInt(40);
                    int channel = random.nextInt(10) < 7 ? 2 : 1;
                    LocalDate appointment = calendar.addWorkingDays(received, 10);
                    int rounds = random.nextInt(100) < 15 ? 1 : random.nextInt(100) < 3 ? 2 : 0;
                    int pause = rounds == 0 ? 0 : 1 + random.nextInt(5);
                    LocalDate pauseFrom = calendar.addWorkingDays(received, 2);
                    LocalDate pauseTo = calendar.addWorkingDays(pauseFrom, pause);
                    LocalDate due = rounds == 0 ? appointment : calendar.addWorkingDays(appointment, pause);
                    LocalDate end = calendar.addWorkingDays(received, 3 + random.nextInt(10) + pause);
                    int resolution = calendar.workingDaysBetween(received, end) - pause;
                    String timeliness = rounds > 1 ? "LATE" : end.isBefore(due) ? "EARLY" : end.equals(due) ? "ON_TIME" : "LATE";
                    int outcome = random.nextInt(100);
                    String out = outcome < 90 ? "RESULT" : outcome < 95 ? "REFUSED" : "STOPPED";
                    boolean fee = !procedure.equals("P1") && !procedure.equals("P2");
                    boolean paidOnline = fee && channel == 2 && random.nextInt(10) < 8;
                    boolean result = out.equals("RESULT");
                    boolean eResult = result && random.nextInt(10) < 9;
                    Integer rating = random.nextInt(10) < 3 ? 1 + random.nextInt(5) : null;
                    tsv(kd, code, procedure, "Thủ tục " + procedure, "gdnn", officer, channel, 10, out, received, received,
                            appointment, due, end, end.toEpochDay() - received.toEpochDay(), resolution, rounds, pause,
                            "\\N", timeliness, fee, paidOnline, result, eResult, channel == 2 || eResult,
                            rating == null ? "\\N" : rating, rating != null && rating <= 2, false);
                    for (int r = 0; r < rounds; r++) {
                        tsv(kp, code, r, "SUPPLEMENT", pauseFrom, r == rounds - 1 ? pauseTo : pauseFrom);
                    }
                    // Engine history: the process instance, its routing variables, its three user tasks.
                    String pi = "pi" + i;
                    Instant startAt = LocalDateTime.of(received, java.time.LocalTime.of(8, random.nextInt(60))).atZone(VN).toInstant();
                    Instant endAt = LocalDateTime.of(end, java.time.LocalTime.of(16, random.nextInt(60))).atZone(VN).toInstant();
                    tsv(hp, pi, pi, code, "public-service", "public-service:1:x", ts(startAt), ts(endAt),
                            (endAt.toEpochMilli() - startAt.toEpochMilli()), "COMPLETED");
                    tsv(hv, pi + "v1", "public-service", pi, "procedureId", "string", "\\N", procedure);
                    tsv(hv, pi + "v2", "public-service", pi, "overdueAt", "date",
                            due.plusDays(1).atStartOfDay(VN).toInstant().toEpochMilli(), "\\N");
                    long span = endAt.getEpochSecond() - startAt.getEpochSecond();
                    Instant stepStart = startAt;
                    for (int s = 0; s < STEPS.length; s++) {
                        Instant stepEnd = s == STEPS.length - 1 ? endAt : stepStart.plusSeconds(span / 4 + random.nextInt(7200));
                        Instant claimed = stepStart.plusSeconds((stepEnd.getEpochSecond() - stepStart.getEpochSecond())
                                * (20 + random.nextInt(50)) / 100);
                        Instant stepDue = stepStart.plusSeconds(86400L * (s == 1 ? 6 : 2));
                        String task = pi + "t" + s;
                        long waiting = claimed.getEpochSecond() - stepStart.getEpochSecond();
                        long working = stepEnd.getEpochSecond() - claimed.getEpochSecond();
                        tsv(ks, task, code, "public-service", STEPS[s][0], STEPS[s][0], STEPS[s][1], officer, ts(stepStart),
                                ts(claimed), ts(stepEnd), ts(stepDue), LocalDate.ofInstant(stepEnd, VN), waiting, working,
                                stepEnd.isAfter(stepDue));
                        tsv(ht, task, STEPS[s][0], "public-service", "public-service:1:x", pi, STEPS[s][0], officer,
                                ts(stepStart), ts(stepEnd), "completed", ts(stepDue));
                        tsv(hl, task + "l", ts(claimed), "assignee", officer, task, "add", "public-service");
                        stepStart = stepEnd;
                    }
                }
                copy(copy, "kpi_dossier (code, procedure_id, procedure_name, unit_code, officer, channel, status, outcome,"
                        + " submitted_day, received_day, appointment_day, due_day, end_day, span_days, resolution_days,"
                        + " supplement_rounds, paused_days, paused_since, timeliness, fee_required, paid_online,"
                        + " result_expected, e_result, digitised, rating, dissatisfied, demo)", kd);
                copy(copy, "kpi_pause (code, seq, kind, from_day, to_day)", kp);
                copy(copy, "kpi_step (task_id, business_key, process_key, step_key, step_name, unit_code, assignee,"
                        + " created_at, claimed_at, ended_at, due_at, end_day, waiting_seconds, working_seconds, breached)", ks);
                copy(copy, "act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,"
                        + " end_time_, duration_, state_)", hp);
                copy(copy, "act_hi_varinst (id_, proc_def_key_, proc_inst_id_, name_, var_type_, long_, text_)", hv);
                copy(copy, "act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, proc_inst_id_, name_, assignee_,"
                        + " start_time_, end_time_, delete_reason_, due_date_)", ht);
                copy(copy, "act_hi_identitylink (id_, timestamp_, type_, user_id_, task_id_, operation_type_, proc_def_key_)", hl);
            }
        }
    }

    private static void generateInspections(DataSource dataSource, int n, LocalDate today) throws Exception {
        Random random = new Random(7);
        String[] areas = {"facilities", "teachers", "programmes", "enrolment", "reporting", "finance"};
        String[] stages = {"CHECK", "MINUTES", "REPORT", "CONCLUSION", "REMEDIATION"};
        StringBuilder ki = new StringBuilder();
        StringBuilder kf = new StringBuilder();
        StringBuilder kr = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String code = String.format("KT-%06d", i);
            boolean closed = random.nextInt(10) < 9;
            boolean paper = closed && random.nextInt(10) < 3;
            boolean digital = closed && !paper && random.nextInt(10) < 8;
            LocalDate closedOn = today.minusDays(random.nextInt(3 * 365));
            tsv(ki, code, "CS" + random.nextInt(300), "Cơ sở " + random.nextInt(300),
                    closed ? "CLOSED" : stages[random.nextInt(stages.length)], paper, ts(closedOn.minusDays(60).atStartOfDay(VN).toInstant()),
                    closed ? closedOn : "\\N", closed, digital, "\\N", false);
            for (int f = 0; f < random.nextInt(4); f++) {
                String area = areas[random.nextInt(areas.length)];
                tsv(kf, code + "-F" + f, code, area, random.nextBoolean(), ts(closedOn.minusDays(30).atStartOfDay(VN).toInstant()));
                tsv(kr, code + "-R" + f, code, area, closedOn.plusDays(60), random.nextInt(10) < 7 ? "ACCEPTED" : "OPEN",
                        ts(closedOn.atStartOfDay(VN).toInstant()));
            }
        }
        try (Connection c = dataSource.getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy(copy, "kpi_inspection (code, institution_code, institution_name, stage, paper, started_at, closed_on,"
                    + " classified, digital, reasons, demo)", ki);
            copy(copy, "kpi_finding (finding_id, code, area, violation, recorded_at)", kf);
            copy(copy, "kpi_remediation (recommendation_id, code, area, due_on, status, changed_at)", kr);
        }
    }

    private static String ts(Instant at) {
        return at.atZone(VN).format(TS);
    }

    private static void tsv(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(values[i]);
        }
        out.append('\n');
    }

    private static void copy(org.postgresql.copy.CopyManager copy, String table, StringBuilder rows)
            throws java.sql.SQLException, IOException {
        if (rows.length() > 0) {
            copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
        }
    }

    private KpiBenchmark() {
    }

    @SuppressWarnings("unused")
    private static <T> T unused(Supplier<T> s) {
        return s.get();
    }
}
