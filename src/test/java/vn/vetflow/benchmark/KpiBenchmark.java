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
 * {@code -Dpagewarmup=N} requests each page N more times after its first view before the measured ones (default 0:
 * the measured requests then include the JIT's warm-up of the templates); {@code -Dcomparators=false} skips the
 * plain-SQL comparators (a shorter run that measures the pages only).
 */
public final class KpiBenchmark {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[] PROCEDURES = {"P1", "P2", "P3", "P4", "P8", "P9"};
    private static final String[][] STEPS = {{"Task_Reception", "motcua"}, {"Task_Appraisal", "gdnn"},
            {"Task_Approval", "gdnn"}};
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    public static void main(String[] args) throws Exception {
        if (Integer.getInteger("upkeep") != null) {
            // The read model's upkeep per lifecycle instead of the pages (KpiUpkeepBenchmark).
            KpiUpkeepBenchmark.run(Integer.getInteger("upkeep"), Integer.getInteger("warmup", 10));
            System.exit(0);
        }
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
            // Index-only scans need the visibility map that autovacuum keeps in production.
            jdbc.execute("vacuum analyze");
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

            System.out.println("load average before the pages (1/5/15 min): " + loadAverage() + "; page warm-up "
                    + PAGE_WARMUP + " requests, comparators " + (COMPARATORS ? "on" : "off"));
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

            // What a competent engineer would write without pre-aggregates: GROUP BY over the fact table.
            String servicesFacts = """
                    select procedure_id, count(*), sum(case when timeliness = 'EARLY' then 1 else 0 end),
                      sum(case when timeliness = 'ON_TIME' then 1 else 0 end), avg(resolution_days)
                    from kpi_dossier where end_day between ? and ? group by procedure_id""";
            String runningFacts = """
                    select procedure_id, count(*) from kpi_dossier
                    where received_day <= ? and (end_day is null or end_day > ?) group by procedure_id""";
            // The identity links of the period's tasks only, one index look-up per task, instead of grouping all.
            String processLateral = """
                    select t.TASK_DEF_KEY_, count(*),
                      avg(extract(epoch from coalesce(l.T, t.END_TIME_) - t.START_TIME_)),
                      avg(extract(epoch from t.END_TIME_ - coalesce(l.T, t.END_TIME_))),
                      sum(case when t.END_TIME_ > t.DUE_DATE_ then 1 else 0 end)
                    from ACT_HI_TASKINST t
                    left join lateral (select min(TIMESTAMP_) as T from ACT_HI_IDENTITYLINK i where i.TASK_ID_ = t.ID_
                               and i.TYPE_ = 'assignee' and i.OPERATION_TYPE_ = 'add') l on true
                    where t.PROC_DEF_KEY_ = 'public-service' and t.END_TIME_ >= ? and t.END_TIME_ < ?
                    group by t.TASK_DEF_KEY_""";
            java.sql.Date fromDay = java.sql.Date.valueOf(from);
            java.sql.Date toDay = java.sql.Date.valueOf(to);
            java.sql.Date yearFirst = java.sql.Date.valueOf(LocalDate.of(month.getYear(), 1, 1));
            java.sql.Date yearLast = java.sql.Date.valueOf(LocalDate.of(month.getYear(), 12, 31));

            System.out.printf("%n%-44s %9s %9s %9s   %-34s %9s %9s %9s%n", "dashboard page (MockMvc, server time)", "first ms",
                    "p50 ms", "p95 ms", "same figures over ACT_HI_* (JDBC)", "first ms", "p50 ms", "p95 ms");
            row("services, month " + m + " (Decree 09)", () -> page(mvc, "/kpi/services?period=" + m, supervisor),
                    "finished/on time/avg by procedure", () -> jdbc.queryForList(servicesBaseline, fromTs, toTs)
                            .addAll(jdbc.queryForList(runningBaseline, toTs, toTs)), requests);
            compare("GROUP BY kpi_dossier + running", () -> jdbc.queryForList(servicesFacts, fromDay, toDay)
                    .addAll(jdbc.queryForList(runningFacts, toDay, toDay)), requests);
            row("services, month by procedure", () -> page(mvc, "/kpi/services?by=procedure&period=" + m, supervisor),
                    "same, by procedure", () -> jdbc.queryForList(servicesBaseline, fromTs, toTs), requests);
            row("services, month by officer", () -> page(mvc, "/kpi/services?by=officer&conv=CALENDAR&period=" + m,
                    supervisor), "same (no officer in ACT_HI_PROCINST)", () -> jdbc.queryForList(servicesBaseline, fromTs,
                    toTs), requests);
            row("services, year " + month.getYear(), () -> page(mvc, "/kpi/services?period=" + month.getYear(), supervisor),
                    "finished/on time/avg, year", () -> jdbc.queryForList(servicesBaseline, yearFrom, yearTo), requests);
            compare("GROUP BY kpi_dossier, year", () -> jdbc.queryForList(servicesFacts, yearFirst, yearLast), requests);
            row("drill-down: dossiers done late, month", () -> page(mvc, "/kpi/services/dossiers?metric=late&period=" + m,
                    supervisor), "late dossiers of the month", () -> jdbc.queryForList("select p.BUSINESS_KEY_ from"
                    + " ACT_HI_PROCINST p join ACT_HI_VARINST o on o.PROC_INST_ID_ = p.ID_ and o.NAME_ = 'overdueAt'"
                    + " where p.PROC_DEF_KEY_ = 'public-service' and p.END_TIME_ >= ? and p.END_TIME_ < ?"
                    + " and p.END_TIME_ > to_timestamp(o.LONG_ / 1000.0) limit 1000", fromTs, toTs), requests);
            row("process analytics, month", () -> page(mvc, "/kpi/process?period=" + m, supervisor),
                    "waiting/working/breaches per step", () -> jdbc.queryForList(processBaseline, fromTs, toTs), requests);
            compare("same, LATERAL join per task", () -> jdbc.queryForList(processLateral, fromTs, toTs), requests);
            row("process analytics, year", () -> page(mvc, "/kpi/process?period=" + month.getYear(), supervisor),
                    "same, year", () -> jdbc.queryForList(processBaseline, yearFrom, yearTo), requests);
            compare("same, LATERAL join per task", () -> jdbc.queryForList(processLateral, yearFrom, yearTo), requests);
            row("inspections, year", () -> page(mvc, "/kpi/inspections?period=" + month.getYear(), supervisor),
                    "(no engine baseline: paper ones)", null, requests);
            row("plan targets", () -> page(mvc, "/kpi/targets", supervisor), "", null, requests);
            System.out.println("load average after the pages (1/5/15 min): " + loadAverage());
        } finally {
            context.close();
        }
        System.exit(0);
    }

    // --- measurement -------------------------------------------------------------------------

    private static final int PAGE_WARMUP = Integer.getInteger("pagewarmup", 0);
    private static final boolean COMPARATORS = !"false".equals(System.getProperty("comparators"));

    private static void row(String name, Runnable page, String baselineName, Runnable baseline, int requests) {
        double[] ours = measure(page, requests, PAGE_WARMUP);
        if (baseline == null || !COMPARATORS) {
            System.out.printf("%-44s %9.1f %9.1f %9.1f%n", name, ours[0], ours[1], ours[2]);
            return;
        }
        double[] engine = measure(baseline, Math.max(3, requests / 5));
        System.out.printf("%-44s %9.1f %9.1f %9.1f   %-34s %9.1f %9.1f %9.1f   (p95 ratio ACT_HI/page %.1f×)%n", name,
                ours[0], ours[1], ours[2], baselineName, engine[0], engine[1], engine[2], engine[2] / ours[2]);
    }

    /** What {@code uptime} prints as the load average: the machine is not quiet when it exceeds its 2 cores. */
    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Another comparator for the page of the row above: its figures under the comparator columns. */
    private static void compare(String name, Runnable query, int requests) {
        if (!COMPARATORS) {
            return;
        }
        double[] t = measure(query, Math.max(3, requests / 5));
        System.out.printf("%-44s %9s %9s %9s   %-34s %9.1f %9.1f %9.1f%n", "", "", "", "", name, t[0], t[1], t[2]);
    }

    /** first, p50, p95 in ms. */
    private static double[] measure(Runnable action, int n) {
        return measure(action, n, 0);
    }

    /** first, p50, p95 in ms; {@code warmup} unmeasured runs between the first and the measured ones. */
    private static double[] measure(Runnable action, int n, int warmup) {
        long t0 = System.nanoTime();
        action.run();
        double first = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < warmup; i++) {
            action.run();
        }
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            action.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return new double[] {first, times[(int) Math.floor((n - 1) * 0.5)], times[(int) Math.ceil((n - 1) * 0.95)]};
    }

    /** {@code -Ddump=DIR}: each page's HTML once, to compare what two builds show (diff the folders). */
    private static final String DUMP = System.getProperty("dump");
    private static final java.util.Set<String> DUMPED = new java.util.HashSet<>();

    private static void page(MockMvc mvc, String url, RequestPostProcessor who) {
        try {
            var response = mvc.perform(get(url).with(who)).andReturn().getResponse();
            if (response.getStatus() != 200) {
                throw new IllegalStateException(url + " answered " + response.getStatus());
            }
            if (DUMP != null && DUMPED.add(url)) {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of(DUMP));
                java.nio.file.Files.writeString(java.nio.file.Path.of(DUMP, url.replaceAll("[^A-Za-z0-9-]", "_") + ".html"),
                        response.getContentAsString());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- generation --------------------------------------------------------------------------

    /**
     * Closed dossiers over three years, written by the database itself: INSERT … SELECT over
     * {@code generate_series}, with pseudo-random choices from {@code hashint4(g, k)} (the same figures every
     * run) and working days from a small table of the working calendar's days ({@code bench_day}).
     */
    private static void generate(DataSource dataSource, WorkingCalendar calendar, int n, LocalDate today)
            throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop table if exists bench_day");
        jdbc.execute("create unlogged table bench_day (i integer primary key, d date not null)");
        List<Object[]> days = new ArrayList<>();
        int receivable = 0;
        LocalDate d = calendar.isWorkingDay(today.minusYears(3)) ? today.minusYears(3)
                : calendar.addWorkingDays(today.minusYears(3), 1);
        for (int i = 0; d.isBefore(today.plusDays(120)); i++, d = calendar.addWorkingDays(d, 1)) {
            days.add(new Object[] {i, d});
            if (d.isBefore(today.minusDays(25))) {
                receivable = i + 1;
            }
        }
        jdbc.batchUpdate("insert into bench_day (i, d) values (?, ?)", days);
        // One row per dossier with every choice made, then each table selects from it.
        jdbc.execute("drop table if exists bench_case");
        jdbc.execute(("""
                create unlogged table bench_case as
                select g, r, proc, officer, channel, rounds, pause, outcome, rating, work, s1, s2, m1, m2,
                  '000.00.01.H26-' || to_char(rd.d, 'YYMMDD') || '-' || lpad(g::text, 7, '0') as code,
                  rd.d as received, ad.d as appointment, dd.d as due, ed.d as ended, pf.d as pause_from, pt.d as pause_to,
                  ((rd.d + time '08:00' + make_interval(mins => m1::int)) at time zone 'Asia/Ho_Chi_Minh') as start_at,
                  ((ed.d + time '16:00' + make_interval(mins => m2::int)) at time zone 'Asia/Ho_Chi_Minh') as end_at
                from (
                  select g, h1 %% %1$d as r, (array['P1','P2','P3','P4','P8','P9'])[1 + h2 %% 6] as proc,
                    'cb' || (h3 %% 40) as officer, case when h4 %% 10 < 7 then 2 else 1 end as channel,
                    case when h5 %% 100 < 15 then 1 when h6 %% 100 < 3 then 2 else 0 end as rounds,
                    h7 %% 5 as pause_pick, h8 %% 10 as work, h9 %% 100 as outcome,
                    case when h10 %% 10 < 3 then 1 + h11 %% 5 end as rating, h12 %% 7200 as s1, h13 %% 7200 as s2,
                    h14 %% 60 as m1, h15 %% 60 as m2
                  from (select g,""" + hashes(15) + """
                        from generate_series(0, %2$d - 1) g) h) c
                cross join lateral (select case when c.rounds = 0 then 0 else 1 + c.pause_pick end as pause) p
                join bench_day rd on rd.i = c.r
                join bench_day ad on ad.i = c.r + 10
                join bench_day dd on dd.i = c.r + 10 + p.pause
                join bench_day ed on ed.i = c.r + 3 + c.work + p.pause
                join bench_day pf on pf.i = c.r + 2
                join bench_day pt on pt.i = c.r + 2 + p.pause""").formatted(receivable, n));
        jdbc.execute("""
                insert into kpi_dossier (code, procedure_id, procedure_name, unit_code, officer, channel, status, outcome,
                  submitted_day, received_day, appointment_day, due_day, end_day, span_days, resolution_days,
                  supplement_rounds, paused_days, paused_since, timeliness, fee_required, paid_online, result_expected,
                  e_result, digitised, rating, dissatisfied, demo)
                select code, proc, 'Thủ tục ' || proc, 'gdnn', officer, channel, 10,
                  case when outcome < 90 then 'RESULT' when outcome < 95 then 'REFUSED' else 'STOPPED' end,
                  received, received, appointment, due, ended, ended - received, 3 + work, rounds, pause, null,
                  case when rounds > 1 then 'LATE' when ended < due then 'EARLY' when ended = due then 'ON_TIME'
                    else 'LATE' end,
                  proc not in ('P1', 'P2'), proc not in ('P1', 'P2') and channel = 2 and (g * 7) % 10 < 8,
                  outcome < 90, outcome < 90 and (g * 3) % 10 < 9, channel = 2 or (outcome < 90 and (g * 3) % 10 < 9),
                  rating, coalesce(rating <= 2, false), false
                from bench_case""");
        jdbc.execute("""
                insert into kpi_pause (code, seq, kind, from_day, to_day)
                select code, seq, 'SUPPLEMENT', pause_from, case when seq = rounds - 1 then pause_to else pause_from end
                from bench_case cross join lateral generate_series(0, rounds - 1) seq where rounds > 0""");
        // Three steps: reception, appraisal, approval; each claimed part-way, due 2 (appraisal 6) days after it began.
        jdbc.execute("drop table if exists bench_step");
        jdbc.execute("""
                create unlogged table bench_step as
                select c.g, c.code, c.officer, s, 'pi' || c.g || 't' || s as task_id,
                  (array['Task_Reception','Task_Appraisal','Task_Approval'])[s + 1] as step_key,
                  (array['motcua','gdnn','gdnn'])[s + 1] as unit, b.started, b.ended,
                  b.started + (b.ended - b.started) * ((20 + (c.g + s) %% 50) / 100.0) as claimed,
                  b.started + make_interval(days => case when s = 1 then 6 else 2 end) as due
                from bench_case c
                cross join lateral (select c.start_at + (c.end_at - c.start_at) / 4 + make_interval(secs => c.s1) as t1) t1
                cross join lateral (select t1.t1 + (c.end_at - c.start_at) / 4 + make_interval(secs => c.s2) as t2) t2
                cross join lateral (values (0, c.start_at, least(t1.t1, c.end_at)),
                                           (1, least(t1.t1, c.end_at), least(t2.t2, c.end_at)),
                                           (2, least(t2.t2, c.end_at), c.end_at)) b(s, started, ended)""".formatted());
        jdbc.execute("""
                insert into kpi_step (task_id, business_key, process_key, step_key, step_name, unit_code, assignee,
                  created_at, claimed_at, ended_at, due_at, end_day, waiting_seconds, working_seconds, breached)
                select task_id, code, 'public-service', step_key, step_key, unit, officer, started, claimed, ended, due,
                  (ended at time zone 'Asia/Ho_Chi_Minh')::date, extract(epoch from claimed - started)::bigint,
                  extract(epoch from ended - claimed)::bigint, ended > due
                from bench_step""");
        // The same dossiers as the engine's history holds them.
        jdbc.execute("""
                insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
                  end_time_, duration_, state_)
                select 'pi' || g, 'pi' || g, code, 'public-service', 'public-service:1:x', start_at, end_at,
                  (extract(epoch from end_at - start_at) * 1000)::bigint, 'COMPLETED'
                from bench_case""");
        jdbc.execute("""
                insert into act_hi_varinst (id_, proc_def_key_, proc_inst_id_, name_, var_type_, long_, text_)
                select 'pi' || g || 'v1', 'public-service', 'pi' || g, 'procedureId', 'string', null, proc from bench_case
                union all
                select 'pi' || g || 'v2', 'public-service', 'pi' || g, 'overdueAt', 'date',
                  (extract(epoch from ((due + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')) * 1000)::bigint, null
                from bench_case""");
        jdbc.execute("""
                insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, proc_inst_id_, name_,
                  assignee_, start_time_, end_time_, delete_reason_, due_date_)
                select task_id, step_key, 'public-service', 'public-service:1:x', 'pi' || g, step_key, officer, started,
                  ended, 'completed', due
                from bench_step""");
        jdbc.execute("""
                insert into act_hi_identitylink (id_, timestamp_, type_, user_id_, task_id_, operation_type_,
                  proc_def_key_)
                select task_id || 'l', claimed, 'assignee', officer, task_id, 'add', 'public-service' from bench_step""");
        jdbc.execute("drop table bench_step");
        jdbc.execute("drop table bench_case");
        jdbc.execute("drop table bench_day");
    }

    /** Columns h1 … hN: independent pseudo-random non-negative integers of g. */
    private static String hashes(int count) {
        List<String> columns = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            columns.add("(hashint4(g * 32 + " + k + ")::bigint & 2147483647) as h" + k);
        }
        return " " + String.join(", ", columns);
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
