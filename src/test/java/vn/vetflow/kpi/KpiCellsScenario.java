package vn.vetflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly cells and the services page's counts read from cells (issue 15) against a recomputation: a few
 * hundred dossiers of 2019–2020 (closed, open, paused, with supplement rounds), written as the upkeep writes
 * them (deltas, then some of them finished later); then kpi_monthly must equal its rebuild, and every figure of
 * {@link KpiQueries#services} (sums, carried over, running by state) must equal what reading and judging the
 * dossiers one by one gives, for months, quarters and a year, both conventions, every grouping.
 */
interface KpiCellsScenario {

    String PREFIX = "KPICELLS-";

    ApplicationContext context();

    boolean postgres();

    @AfterEach
    default void removeTheDossiers() {
        JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
        inTransaction(() -> {
            jdbc.update("delete from kpi_pause where code like ?", PREFIX + "%");
            jdbc.update("delete from kpi_inspection where code like ?", PREFIX + "%");
            jdbc.update("delete from kpi_dossier where code like ?", PREFIX + "%");
            context().getBean(KpiStore.class).rebuildAggregates();
        });
    }

    @Test
    default void cellsEqualTheirRebuildAndThePagesFiguresEqualARecount() {
        KpiStore store = context().getBean(KpiStore.class);
        JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
        Random random = new Random(15);
        List<DossierFact> open = new ArrayList<>();
        inTransaction(() -> {
            KpiDeltas deltas = new KpiDeltas();
            List<DossierFact> facts = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                DossierFact f = dossier(i, random);
                facts.add(f);
                deltas.dossier(f, 1);
                if (f.endDay() == null && i % 3 == 0) {
                    open.add(f);
                }
            }
            store.insertDossiers(facts);
            store.apply(deltas.net(), postgres());
        });
        // Some open ones finish later: their old rows leave their cells, the new ones enter others.
        inTransaction(() -> {
            KpiDeltas deltas = new KpiDeltas();
            for (DossierFact before : open) {
                DossierFact after = finished(before, before.receivedDay().plusDays(3 + random.nextInt(40)));
                deltas.dossier(before, -1);
                deltas.dossier(after, 1);
                store.saveDossier(after);
            }
            store.apply(deltas.net(), postgres());
        });

        String order = " order by month_start, kind, procedure_id, unit_code, officer";
        List<Map<String, Object>> kept = jdbc.queryForList("select * from kpi_monthly" + order);
        assertThat(kept).isNotEmpty();
        inTransaction(store::rebuildAggregates);
        assertThat(jdbc.queryForList("select * from kpi_monthly" + order)).containsExactlyElementsOf(kept);

        KpiQueries queries = context().getBean(KpiQueries.class);
        for (Period.Convention convention : Period.Convention.values()) {
            for (Period period : List.of(Period.of(Period.Kind.MONTH, convention, 2019, 6),
                    Period.of(Period.Kind.MONTH, convention, 2020, 1), Period.of(Period.Kind.QUARTER, convention, 2019, 4),
                    Period.of(Period.Kind.YEAR, convention, 2019, 1), Period.of(Period.Kind.YEAR, convention, 2020, 1))) {
                for (KpiQueries.Dimension dimension : KpiQueries.Dimension.values()) {
                    assertThat(figures(queries.services(period, dimension)))
                            .as("%s %s by %s", period.label(), convention, dimension)
                            .isEqualTo(recount(jdbc, queries, period, dimension));
                }
            }
        }
    }

    @Test
    default void trendsReadInOneGoEqualThePeriodsReadOneByOne() {
        JdbcTemplate jdbc = context().getBean(JdbcTemplate.class);
        Random random = new Random(16);
        KpiStore store = context().getBean(KpiStore.class);
        inTransaction(() -> {
            List<DossierFact> facts = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                facts.add(dossier(i, random));
            }
            store.insertDossiers(facts);
            store.rebuildAggregates();
            for (int i = 0; i < 60; i++) {
                jdbc.update("insert into kpi_inspection (code, stage, paper, closed_on, classified, digital, demo)"
                        + " values (?, 'CLOSED', ?, ?, ?, ?, true)", PREFIX + "KT-" + i, i % 4 == 0,
                        LocalDate.of(2019, 1, 1).plusDays(random.nextInt(700)), i % 7 != 0, i % 3 == 0);
            }
        });
        KpiQueries queries = context().getBean(KpiQueries.class);
        InspectionQueries inspections = context().getBean(InspectionQueries.class);
        for (Period.Kind kind : Period.Kind.values()) {
            List<Period> periods = new ArrayList<>();
            Period p = Period.of(kind, Period.Convention.DECREE_09, 2020, kind == Period.Kind.QUARTER ? 3 : kind == Period.Kind.YEAR ? 1 : 9);
            for (int i = 0; i < 12; i++) {
                periods.add(0, p);
                p = p.previous();
            }
            List<ServiceFigures> together = queries.finishedAndReceived(periods);
            List<InspectionQueries.Share> shares = inspections.shares(periods);
            for (int i = 0; i < periods.size(); i++) {
                ServiceFigures one = queries.finishedAndReceived(periods.get(i));
                assertThat(List.of(together.get(i).received, together.get(i).receivedOnline, together.get(i).finished,
                        together.get(i).early, together.get(i).onTime)).as(periods.get(i).label())
                        .isEqualTo(List.of(one.received, one.receivedOnline, one.finished, one.early, one.onTime));
                assertThat(shares.get(i)).as(periods.get(i).label())
                        .isEqualTo(inspections.share(periods.get(i).from(), periods.get(i).to()));
            }
            assertThat(together.stream().mapToLong(f -> f.received).sum()).as(kind.name()).isPositive();
        }
    }

    /** The compared figures of each group, by key. */
    private static Map<String, List<Long>> figures(List<ServiceFigures> rows) {
        Map<String, List<Long>> byKey = new TreeMap<>();
        for (ServiceFigures f : rows) {
            List<Long> values = List.of(f.received, f.receivedOnline, f.feeRequired, f.digitised, f.finished, f.early,
                    f.onTime, f.late, f.resolutionDays, f.rated, f.dissatisfied, f.carriedOver, f.runningNotDue,
                    f.runningDueSoon, f.runningLate, f.reused, f.synced);
            if (values.stream().anyMatch(v -> v != 0)) {
                byKey.put(f.key(), values);
            }
        }
        return byKey;
    }

    /** The same figures from the dossier rows: GROUP BY for the sums, running dossiers read and judged. */
    private static Map<String, List<Long>> recount(JdbcTemplate jdbc, KpiQueries queries, Period period,
                                                   KpiQueries.Dimension dimension) {
        Map<String, long[]> counts = new TreeMap<>();
        String column = dimension == KpiQueries.Dimension.ALL ? "'*'" : dimension.column;
        String group = dimension == KpiQueries.Dimension.ALL ? "" : " group by " + column;
        for (String key : dimension == KpiQueries.Dimension.ALL ? List.of("*") : List.<String>of()) {
            counts.put(key, new long[17]);
        }
        jdbc.query("select " + column + ", count(*), sum(case when channel = 2 then 1 else 0 end),"
                + " sum(case when fee_required then 1 else 0 end), sum(case when digitised then 1 else 0 end),"
                + " sum(case when reused then 1 else 0 end), sum(case when portal_synced then 1 else 0 end)"
                + " from kpi_dossier where received_day between ? and ?" + group, rs -> {
                    long[] n = row(counts, rs.getString(1));
                    for (int i = 0; i < 4; i++) {
                        n[i] += rs.getLong(i + 2);
                    }
                    n[15] += rs.getLong(6);
                    n[16] += rs.getLong(7);
                }, period.from(), period.to());
        jdbc.query("select " + column + ", count(*), sum(case when timeliness = 'EARLY' then 1 else 0 end),"
                + " sum(case when timeliness = 'ON_TIME' then 1 else 0 end), sum(case when timeliness = 'LATE' then 1"
                + " else 0 end), coalesce(sum(resolution_days), 0), sum(case when rating is not null then 1 else 0 end),"
                + " sum(case when dissatisfied then 1 else 0 end) from kpi_dossier where received_day is not null"
                + " and end_day between ? and ?" + group, rs -> {
                    long[] n = row(counts, rs.getString(1));
                    for (int i = 0; i < 7; i++) {
                        n[4 + i] += rs.getLong(i + 2);
                    }
                }, period.from(), period.to());
        for (KpiQueries.RunningDossier r : queries.runningOn(period.from().minusDays(1))) {
            row(counts, r.group(dimension))[11]++;
        }
        for (KpiQueries.RunningDossier r : queries.runningOn(period.to())) {
            row(counts, r.group(dimension))[12 + r.state().ordinal()]++;
        }
        Map<String, List<Long>> byKey = new TreeMap<>();
        long[] total = new long[17];
        counts.forEach((key, n) -> {
            for (int i = 0; i < n.length; i++) {
                total[i] += key.equals("*") ? 0 : n[i];
            }
        });
        if (dimension != KpiQueries.Dimension.ALL) {
            counts.put("*", total);
        }
        counts.forEach((key, n) -> {
            if (java.util.Arrays.stream(n).anyMatch(v -> v != 0)) {
                byKey.put(key, java.util.Arrays.stream(n).boxed().toList());
            }
        });
        return byKey;
    }

    private static long[] row(Map<String, long[]> counts, String key) {
        return counts.computeIfAbsent(key, k -> new long[17]);
    }

    /** A dossier received in 2019–2020; a third still running, some paused, some with supplement rounds. */
    private static DossierFact dossier(int i, Random random) {
        LocalDate received = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(700));
        LocalDate appointment = received.plusDays(5 + random.nextInt(25));
        LocalDate end = random.nextInt(3) == 0 ? null : received.plusDays(random.nextInt(60));
        int rounds = random.nextInt(6) == 0 ? 2 : random.nextInt(4) == 0 ? 1 : 0;
        List<DossierFact.Pause> pauses = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            LocalDate from = received.plusDays(1 + random.nextInt(10));
            LocalDate to = end == null && random.nextBoolean() ? null : from.plusDays(1 + random.nextInt(10));
            pauses.add(new DossierFact.Pause("SUPPLEMENT", from, to));
        }
        int pausedDays = pauses.isEmpty() || pauses.get(0).to() == null ? 0
                : (int) (pauses.get(0).to().toEpochDay() - pauses.get(0).from().toEpochDay());
        LocalDate pausedSince = pauses.isEmpty() ? null : pauses.get(0).to() == null ? pauses.get(0).from() : null;
        String timeliness = end == null ? null : List.of("EARLY", "ON_TIME", "LATE").get(random.nextInt(3));
        return new DossierFact(PREFIX + i, "P" + (1 + random.nextInt(3)), "Thủ tục", "U" + random.nextInt(2),
                "officer" + random.nextInt(3), 1 + random.nextInt(2), end == null ? 2 : 10, null, received, received,
                appointment, appointment, end, end == null ? null : (int) (end.toEpochDay() - received.toEpochDay()),
                end == null ? null : random.nextInt(20), rounds, pausedDays, pausedSince, timeliness,
                random.nextBoolean(), random.nextBoolean(), true, random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean(), i % 3 == 0, random.nextInt(4) == 0 ? 1 + random.nextInt(3) : null, random.nextInt(10) == 0,
                true, pauses);
    }

    private static DossierFact finished(DossierFact f, LocalDate end) {
        List<DossierFact.Pause> pauses = f.pauses().stream().map(p -> p.to() == null
                ? new DossierFact.Pause(p.kind(), p.from(), end) : p).toList();
        int pausedDays = pauses.stream().mapToInt(p -> (int) (p.to().toEpochDay() - p.from().toEpochDay())).sum();
        return new DossierFact(f.code(), f.procedureId(), f.procedureName(), f.unit(), f.officer(), f.channel(), 10,
                "APPROVED", f.submittedDay(), f.receivedDay(), f.appointmentDay(), f.dueDay(), end,
                (int) (end.toEpochDay() - f.receivedDay().toEpochDay()), 7, f.supplementRounds(), pausedDays, null,
                "ON_TIME", f.feeRequired(), f.paidOnline(), f.resultExpected(), f.eResult(), f.digitised(), f.reused(), f.portalSynced(),
                f.rating(),
                f.dissatisfied(), f.demo(), pauses);
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(context().getBean(PlatformTransactionManager.class)).executeWithoutResult(s -> work.run());
    }
}
