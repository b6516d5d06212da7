package vn.vetflow.kpi;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Repository;

/**
 * The KPI tables, in plain SQL. The daily pre-aggregates equal the GROUP BY of the fact rows: the upkeep adds
 * each case's difference to the cells it touches ({@link #apply}), the repair recomputes a case's cells and a
 * rebuild all of them with the GROUP BY statements below; the concurrency tests hold the first to the last.
 */
@Repository
class KpiStore {

    /** The aggregate of a set of dossier rows; {@code %s} is the day column, then the extra condition. */
    private static final String DAILY_SELECT = """
            select %1$s, '%2$s', procedure_id, unit_code, officer, count(*),
              sum(case when channel = 2 then 1 else 0 end),
              sum(case when timeliness = 'EARLY' then 1 else 0 end),
              sum(case when timeliness = 'ON_TIME' then 1 else 0 end),
              sum(case when timeliness = 'LATE' then 1 else 0 end),
              coalesce(sum(resolution_days), 0),
              sum(case when fee_required then 1 else 0 end),
              sum(case when fee_required and paid_online then 1 else 0 end),
              sum(case when result_expected then 1 else 0 end),
              sum(case when e_result then 1 else 0 end),
              sum(case when digitised then 1 else 0 end),
              sum(case when rating is not null then 1 else 0 end),
              sum(case when dissatisfied then 1 else 0 end),
              sum(case when reused then 1 else 0 end),
              sum(case when portal_synced then 1 else 0 end)
            from kpi_dossier where received_day is not null and %1$s is not null %3$s
            group by %1$s, procedure_id, unit_code, officer""";

    private static final String DAILY_INSERT = "insert into kpi_daily (stat_day, kind, procedure_id, unit_code, officer, n,"
            + " online_n, early, on_time, late, resolution_days, fee_required, paid_online, result_expected, e_result,"
            + " digitised, rated, dissatisfied, reused, portal_synced) ";

    private static final String STEP_DAILY = """
            insert into kpi_step_daily (stat_day, process_key, step_key, n, waiting_seconds, working_seconds, breaches)
            select end_day, process_key, step_key, count(*), coalesce(sum(waiting_seconds), 0),
              coalesce(sum(working_seconds), 0), sum(case when breached then 1 else 0 end)
            from kpi_step where end_day is not null %s group by end_day, process_key, step_key""";

    private static final String TOTALS = """
            insert into kpi_daily_all select stat_day, kind, sum(n), sum(online_n), sum(early), sum(on_time), sum(late),
              sum(resolution_days), sum(fee_required), sum(paid_online), sum(result_expected), sum(e_result),
              sum(digitised), sum(rated), sum(dissatisfied), sum(reused), sum(portal_synced) from kpi_daily %s
            group by stat_day, kind""";

    /** Monthly cells (kpi_monthly) from the daily ones; the same statement as migration V221's. */
    private static final String MONTHLY = """
            insert into kpi_monthly select cast(date_trunc('month', stat_day) as date), kind, procedure_id, unit_code,
              officer, sum(n), sum(online_n), sum(early), sum(on_time), sum(late), sum(resolution_days), sum(fee_required),
              sum(paid_online), sum(result_expected), sum(e_result), sum(digitised), sum(rated), sum(dissatisfied),
              sum(reused), sum(portal_synced)
            from kpi_daily %s group by cast(date_trunc('month', stat_day) as date), kind, procedure_id, unit_code, officer""";

    private static final List<String> DAILY_FIGURES = List.of("n", "online_n", "early", "on_time", "late",
            "resolution_days", "fee_required", "paid_online", "result_expected", "e_result", "digitised", "rated",
            "dissatisfied", "reused", "portal_synced");

    /** A cell of {@code kpi_daily}. */
    record Cell(LocalDate day, char kind, String procedureId, String unit, String officer) {
    }

    /** A cell of {@code kpi_step_daily}. */
    record StepCell(LocalDate day, String processKey, String stepKey) {
    }

    private final JdbcTemplate jdbc;

    KpiStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    // --- dossiers ----------------------------------------------------------------------------

    /** The cells a stored dossier contributes to (none when it is not stored or not received). */
    Set<Cell> cellsOf(String code) {
        Set<Cell> cells = new LinkedHashSet<>();
        jdbc.query("select received_day, end_day, procedure_id, unit_code, officer from kpi_dossier where code = ?",
                rs -> {
                    cells.addAll(cells(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                }, code);
        return cells;
    }

    static Set<Cell> cells(DossierFact fact) {
        return cells(fact.receivedDay(), fact.endDay(), fact.procedureId(), fact.unit(), fact.officer());
    }

    private static Set<Cell> cells(LocalDate received, LocalDate end, String procedure, String unit, String officer) {
        Set<Cell> cells = new LinkedHashSet<>();
        if (received != null) {
            cells.add(new Cell(received, 'R', procedure, unit, officer));
            if (end != null) {
                cells.add(new Cell(end, 'F', procedure, unit, officer));
            }
        }
        return cells;
    }

    /** Writes for one refresh: sent together by {@link KpiWrites#flush} when {@code together}, else at once. */
    KpiWrites writes(boolean together) {
        return together ? KpiWrites.together(jdbc) : KpiWrites.atOnce(jdbc);
    }

    void saveDossier(DossierFact f) {
        jdbc.update("delete from kpi_pause where code = ?", f.code());
        jdbc.update("delete from kpi_dossier where code = ?", f.code());
        insertDossiers(List.of(f));
    }

    void insertDossiers(List<DossierFact> facts) {
        jdbc.batchUpdate(DOSSIER_INSERT, facts, 500, (ps, f) -> KpiWrites.set(ps, 1, dossierRow(f)));
        insertPauses(facts, KpiWrites.atOnce(jdbc));
    }

    /** The dossier row's columns, the key first; {@link #dossierRow} gives the values in this order. */
    private static final List<String> DOSSIER_COLUMNS = List.of("code", "procedure_id", "procedure_name", "unit_code",
            "officer", "channel", "status", "outcome", "submitted_day", "received_day", "appointment_day", "due_day",
            "end_day", "span_days", "resolution_days", "supplement_rounds", "paused_days", "paused_since", "timeliness",
            "fee_required", "paid_online", "result_expected", "e_result", "digitised", "rating", "dissatisfied", "demo",
            "reused", "portal_synced");

    private static final String DOSSIER_INSERT = "insert into kpi_dossier (" + String.join(", ", DOSSIER_COLUMNS)
            + ") values (" + String.join(",", Collections.nCopies(DOSSIER_COLUMNS.size(), "?")) + ")";

    /** Every column but the key, then the key: {@link #dossierUpdate} gives the values in this order. */
    private static final String DOSSIER_UPDATE = "update kpi_dossier set "
            + String.join(", ", DOSSIER_COLUMNS.subList(1, DOSSIER_COLUMNS.size()).stream().map(c -> c + " = ?")
                    .toList()) + " where code = ?";

    /** A dossier row's values in the order of {@link #DOSSIER_COLUMNS}. */
    private static Object[] dossierRow(DossierFact f) {
        return new Object[] {f.code(), f.procedureId(), f.procedureName(), f.unit(), f.officer(), f.channel(),
            f.status(), f.outcome(), f.submittedDay(), f.receivedDay(), f.appointmentDay(), f.dueDay(), f.endDay(),
            f.spanDays(), f.resolutionDays(), f.supplementRounds(), f.pausedDays(), f.pausedSince(), f.timeliness(),
            f.feeRequired(), f.paidOnline(), f.resultExpected(), f.eResult(), f.digitised(), f.rating(),
            f.dissatisfied(), f.demo(), f.reused(), f.portalSynced()};
    }

    /** The values of {@link #DOSSIER_UPDATE}: the row's without the key, then the key. */
    private static Object[] dossierUpdate(DossierFact f) {
        Object[] row = dossierRow(f);
        Object[] update = Arrays.copyOfRange(row, 1, row.length + 1);
        update[row.length - 1] = row[0];
        return update;
    }

    private void insertPauses(List<DossierFact> facts, KpiWrites writes) {
        List<Object[]> pauses = new ArrayList<>();
        for (DossierFact f : facts) {
            int seq = 0;
            for (DossierFact.Pause p : f.pauses()) {
                pauses.add(new Object[] {f.code(), seq++, p.kind(), p.from(), p.to()});
            }
        }
        writes.add("insert into kpi_pause (code, seq, kind, from_day, to_day) values (?,?,?,?,?)", pauses, null);
    }

    /** The stored dossier row's columns with its pauses', for {@link #storedDossier(ResultSet, int)}. */
    static final String STORED_DOSSIER_COLUMNS = "d.code, d.procedure_id, d.procedure_name, d.unit_code, d.officer,"
            + " d.channel, d.status, d.outcome, d.submitted_day, d.received_day, d.appointment_day, d.due_day,"
            + " d.end_day, d.span_days, d.resolution_days, d.supplement_rounds, d.paused_days, d.paused_since,"
            + " d.timeliness, d.fee_required, d.paid_online, d.result_expected, d.e_result, d.digitised, d.rating,"
            + " d.dissatisfied, d.demo, d.reused, d.portal_synced, p.kind, p.from_day, p.to_day";

    /** The joins that go with {@link #STORED_DOSSIER_COLUMNS}, from a table aliased {@code c} with the case's key. */
    static final String STORED_DOSSIER_JOINS = " left join kpi_dossier d on d.code = c.business_key"
            + " left join kpi_pause p on p.code = d.code";

    /**
     * The stored row of a dossier with its pauses, as {@link DossierFacts} computed it; empty when absent. One
     * statement: the row joined with its pauses (one result row per pause, or one without any).
     */
    Optional<DossierFact> storedDossier(String code) {
        return jdbc.query("select " + STORED_DOSSIER_COLUMNS + " from kpi_dossier d left join kpi_pause p on p.code = d.code"
                + " where d.code = ? order by p.seq", (ResultSetExtractor<Optional<DossierFact>>) rs -> storedDossier(rs, 0),
                code);
    }

    /**
     * Reads the rows of {@link #STORED_DOSSIER_COLUMNS} (starting after {@code offset} other columns, ordered by
     * the pauses' sequence): the dossier's row with its pauses, empty when the dossier has no row.
     */
    static Optional<DossierFact> storedDossier(ResultSet rs, int offset) throws SQLException {
        List<DossierFact.Pause> pauses = new ArrayList<>();
        DossierFact[] fact = {null};
        while (rs.next()) {
            if (rs.getString(offset + 1) == null) {
                continue;
            }
            if (rs.getString(offset + 30) != null) {
                pauses.add(new DossierFact.Pause(rs.getString(offset + 30), rs.getObject(offset + 31, LocalDate.class),
                        rs.getObject(offset + 32, LocalDate.class)));
            }
            if (fact[0] != null) {
                continue;
            }
            int c = offset + 1;
            fact[0] = new DossierFact(rs.getString(c++), rs.getString(c++), rs.getString(c++), rs.getString(c++),
                    rs.getString(c++), rs.getInt(c++), rs.getInt(c++), rs.getString(c++),
                    rs.getObject(c++, LocalDate.class), rs.getObject(c++, LocalDate.class),
                    rs.getObject(c++, LocalDate.class), rs.getObject(c++, LocalDate.class),
                    rs.getObject(c++, LocalDate.class), rs.getObject(c++, Integer.class),
                    rs.getObject(c++, Integer.class), rs.getInt(c++), rs.getInt(c++),
                    rs.getObject(c++, LocalDate.class), rs.getString(c++), rs.getBoolean(c++), rs.getBoolean(c++),
                    rs.getBoolean(c++), rs.getBoolean(c++), rs.getBoolean(c++), rs.getBoolean(offset + 28),
                    rs.getBoolean(offset + 29),
                    rs.getObject(c++, Integer.class), rs.getBoolean(c++), rs.getBoolean(c), pauses);
        }
        return Optional.ofNullable(fact[0]);
    }

    /** Writes a dossier's row where it differs from the stored one (and its pauses only when they differ). */
    void writeDossier(DossierFact old, DossierFact fact, KpiWrites writes) {
        if (old == null) {
            writes.add(DOSSIER_INSERT, List.<Object[]>of(dossierRow(fact)), null);
            insertPauses(List.of(fact), writes);
            return;
        }
        boolean pauses = !old.pauses().equals(fact.pauses());
        if (pauses) {
            writes.add("delete from kpi_pause where code = ?", List.<Object[]>of(new Object[] {fact.code()}), null);
        }
        writes.add(DOSSIER_UPDATE, List.<Object[]>of(dossierUpdate(fact)), null);
        if (pauses) {
            insertPauses(List.of(fact), writes);
        }
    }

    /** The stored step rows of a case. */
    List<StepFact> storedSteps(String businessKey) {
        return jdbc.query("select task_id, business_key, process_key, step_key, step_name, unit_code, assignee, created_at,"
                + " claimed_at, ended_at, due_at, end_day, waiting_seconds, working_seconds, breached from kpi_step"
                + " where business_key = ?", (rs, i) -> new StepFact(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), instant(rs, 8), instant(rs, 9),
                instant(rs, 10), instant(rs, 11), rs.getObject(12, LocalDate.class), rs.getObject(13, Long.class),
                rs.getObject(14, Long.class), rs.getBoolean(15)), businessKey);
    }

    /**
     * Writes only the step rows that differ: the ones gone are deleted, the changed ones replaced (PostgreSQL: one
     * upsert of all the changed rows instead of a delete and an insert each).
     */
    void writeSteps(List<StepFact> old, List<StepFact> steps, boolean postgres, KpiWrites writes) {
        java.util.Map<String, StepFact> before = new java.util.HashMap<>();
        old.forEach(s -> before.put(s.taskId(), s));
        List<StepFact> written = new ArrayList<>();
        Set<String> kept = new java.util.HashSet<>();
        for (StepFact s : steps) {
            kept.add(s.taskId());
            if (!s.equals(before.get(s.taskId()))) {
                written.add(s);
            }
        }
        Set<String> rewritten = new java.util.HashSet<>();
        written.forEach(s -> rewritten.add(s.taskId()));
        List<Object[]> gone = new ArrayList<>();
        before.keySet().stream().filter(id -> !kept.contains(id) || (!postgres && rewritten.contains(id))).sorted()
                .forEach(id -> gone.add(new Object[] {id}));
        writes.add("delete from kpi_step where task_id = ?", gone, null);
        List<Object[]> rows = written.stream().map(KpiStore::stepRow).toList();
        if (postgres) {
            writes.insert(STEP_INSERT + STEP_UPSERT, rows);
        } else {
            writes.add(STEP_INSERT, rows, null);
        }
    }

    /** PostgreSQL: a step row written again replaces the stored one (same columns as the insert). */
    private static final String STEP_UPSERT = " on conflict (task_id) do update set business_key = excluded.business_key,"
            + " process_key = excluded.process_key, step_key = excluded.step_key, step_name = excluded.step_name,"
            + " unit_code = excluded.unit_code, assignee = excluded.assignee, created_at = excluded.created_at,"
            + " claimed_at = excluded.claimed_at, ended_at = excluded.ended_at, due_at = excluded.due_at,"
            + " end_day = excluded.end_day, waiting_seconds = excluded.waiting_seconds,"
            + " working_seconds = excluded.working_seconds, breached = excluded.breached";

    private static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /**
     * Adds the deltas to the daily cells. A cell this case enters (its count rises) is upserted:
     * {@code INSERT … ON CONFLICT DO UPDATE SET x = x + EXCLUDED.x} on PostgreSQL, {@code MERGE … WHEN MATCHED
     * THEN UPDATE SET x = t.x + s.x} on H2. A cell it leaves or changes in place holds its old contribution, so
     * it exists: a plain {@code UPDATE … SET x = x + ?} (PostgreSQL checks an upsert's proposed row against the
     * check constraint before it looks for the conflict, so a negative delta cannot go through an upsert); a
     * cell that falls to zero is deleted, as the rebuild's GROUP BY has no row for it. The check constraints of
     * V120 make a cell that would go negative fail the transaction. Step cells, then dossier cells, then totals,
     * each in key order, so two refreshes rarely wait for each other in a cycle (one moving a dossier from cell
     * A to B while another moves one from B to A can: PostgreSQL then aborts one, and {@link KpiUpkeep} runs it
     * again).
     */
    void apply(KpiDeltas deltas, boolean postgres) {
        apply(deltas, postgres, KpiWrites.atOnce(jdbc));
    }

    /** As above, through {@code writes}. */
    void apply(KpiDeltas deltas, boolean postgres, KpiWrites writes) {
        write(writes, Target.STEP_DAILY, deltas.steps, c -> new Object[] {c.day(), c.processKey(), c.stepKey()}, postgres);
        write(writes, Target.DAILY, deltas.daily, c -> new Object[] {c.day(), String.valueOf(c.kind()), c.procedureId(),
                c.unit(), c.officer()}, postgres);
        write(writes, Target.MONTHLY, monthly(deltas.daily), c -> new Object[] {c.day(), String.valueOf(c.kind()),
                c.procedureId(), c.unit(), c.officer()}, postgres);
        write(writes, Target.DAILY_ALL, deltas.totals, c -> new Object[] {c.day(), String.valueOf(c.kind())}, postgres);
    }

    /** The daily deltas summed per month (a cell keyed by the month's first day); cells that cancel out dropped. */
    static java.util.Map<Cell, long[]> monthly(java.util.Map<Cell, long[]> daily) {
        java.util.Map<Cell, long[]> months = new java.util.TreeMap<>(java.util.Comparator.comparing(Cell::day)
                .thenComparing(Cell::kind).thenComparing(Cell::procedureId).thenComparing(Cell::unit)
                .thenComparing(Cell::officer));
        daily.forEach((cell, f) -> {
            long[] sum = months.computeIfAbsent(new Cell(cell.day().withDayOfMonth(1), cell.kind(), cell.procedureId(),
                    cell.unit(), cell.officer()), c -> new long[f.length]);
            for (int i = 0; i < f.length; i++) {
                sum[i] += f[i];
            }
        });
        months.values().removeIf(f -> Arrays.stream(f).allMatch(v -> v == 0));
        return months;
    }

    /** An aggregate table: its key columns (with their SQL types, for H2's MERGE source) and its figures. */
    enum Target {
        STEP_DAILY("kpi_step_daily", List.of("stat_day", "process_key", "step_key"),
                List.of("date", "varchar(100)", "varchar(100)"), List.of("n", "waiting_seconds", "working_seconds",
                "breaches")),
        DAILY("kpi_daily", List.of("stat_day", "kind", "procedure_id", "unit_code", "officer"),
                List.of("date", "char(1)", "varchar(20)", "varchar(64)", "varchar(100)"), DAILY_FIGURES),
        MONTHLY("kpi_monthly", List.of("month_start", "kind", "procedure_id", "unit_code", "officer"),
                List.of("date", "char(1)", "varchar(20)", "varchar(64)", "varchar(100)"), DAILY_FIGURES),
        DAILY_ALL("kpi_daily_all", List.of("stat_day", "kind"), List.of("date", "char(1)"), DAILY_FIGURES);

        final String table;
        final List<String> keys;
        final List<String> keyTypes;
        final List<String> figures;
        final String upsertPostgres;
        final String upsertH2;
        final String update;
        final String dropEmpty;

        Target(String table, List<String> keys, List<String> keyTypes, List<String> figures) {
            this.table = table;
            this.keys = keys;
            this.keyTypes = keyTypes;
            this.figures = figures;
            List<String> columns = new ArrayList<>(keys);
            columns.addAll(figures);
            String list = String.join(", ", columns);
            String whereKey = String.join(" and ", keys.stream().map(k -> k + " = ?").toList());
            this.upsertPostgres = "insert into " + table + " (" + list + ") values ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ") on conflict ("
                    + String.join(", ", keys) + ") do update set "
                    + String.join(", ", figures.stream().map(f -> f + " = " + table + "." + f + " + excluded." + f).toList());
            List<String> typed = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                typed.add("cast(? as " + (i < keys.size() ? keyTypes.get(i) : "bigint") + ")");
            }
            this.upsertH2 = "merge into " + table + " t using (values (" + String.join(", ", typed) + ")) s(" + list
                    + ") on " + String.join(" and ", keys.stream().map(k -> "t." + k + " = s." + k).toList())
                    + " when matched then update set "
                    + String.join(", ", figures.stream().map(f -> f + " = t." + f + " + s." + f).toList())
                    + " when not matched then insert (" + list + ") values ("
                    + String.join(", ", columns.stream().map(c -> "s." + c).toList()) + ")";
            this.update = "update " + table + " set " + String.join(", ", figures.stream().map(f -> f + " = " + f + " + ?")
                    .toList()) + " where " + whereKey;
            this.dropEmpty = "delete from " + table + " where " + whereKey + " and n = 0";
        }
    }

    private <K> void write(KpiWrites writes, Target target, java.util.Map<K, long[]> cells, java.util.function.Function<K, Object[]> key,
                           boolean postgres) {
        List<Object[]> entered = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        List<Object[]> emptied = new ArrayList<>();
        cells.forEach((cell, f) -> {
            Object[] k = key.apply(cell);
            if (f[0] > 0) {
                entered.add(concat(k, f));
            } else {
                changed.add(concat(f, k));
                if (f[0] < 0) {
                    emptied.add(k);
                }
            }
        });
        int[] row = {0};
        writes.add(target.update, changed, updated -> {
            if (updated == 0) {
                // The case's old contribution is not in its cell: the read model was changed behind the upkeep.
                throw new IllegalStateException("KPI cell " + Arrays.toString(changed.get(row[0])) + " of "
                        + target.table + " is missing; rebuild the read model");
            }
            row[0]++;
        });
        writes.add(target.dropEmpty, emptied, null);
        if (postgres) {
            writes.insert(target.upsertPostgres, entered);
        } else {
            writes.add(target.upsertH2, entered, null);
        }
    }

    /** The key then the figures, or the figures then the key. */
    private static Object[] concat(Object first, Object second) {
        List<Object> all = new ArrayList<>();
        for (Object part : new Object[] {first, second}) {
            if (part instanceof long[] figures) {
                for (long v : figures) {
                    all.add(v);
                }
            } else {
                all.addAll(Arrays.asList((Object[]) part));
            }
        }
        return all.toArray();
    }

    /** Recomputes the given cells from the fact rows. */
    void recompute(Collection<Cell> cells) {
        for (Cell cell : cells) {
            jdbc.update("delete from kpi_daily where stat_day = ? and kind = ? and procedure_id = ? and unit_code = ?"
                    + " and officer = ?", cell.day(), String.valueOf(cell.kind()), cell.procedureId(), cell.unit(),
                    cell.officer());
            String column = cell.kind() == 'R' ? "received_day" : "end_day";
            jdbc.update(DAILY_INSERT + DAILY_SELECT.formatted(column, cell.kind(),
                    "and " + column + " = ? and procedure_id = ? and unit_code = ? and officer = ?"),
                    cell.day(), cell.procedureId(), cell.unit(), cell.officer());
        }
        cells.stream().map(c -> new Cell(c.day().withDayOfMonth(1), c.kind(), c.procedureId(), c.unit(), c.officer()))
                .distinct().forEach(month -> {
                    Object[] key = {month.day(), String.valueOf(month.kind()), month.procedureId(), month.unit(),
                            month.officer()};
                    jdbc.update("delete from kpi_monthly where month_start = ? and kind = ? and procedure_id = ?"
                            + " and unit_code = ? and officer = ?", key);
                    jdbc.update(MONTHLY.formatted("where stat_day between ? and ? and kind = ? and procedure_id = ?"
                            + " and unit_code = ? and officer = ?"), month.day(), month.day().plusMonths(1).minusDays(1),
                            key[1], key[2], key[3], key[4]);
                });
        cells.stream().map(c -> java.util.Map.entry(c.day(), String.valueOf(c.kind()))).distinct().forEach(day -> {
            jdbc.update("delete from kpi_daily_all where stat_day = ? and kind = ?", day.getKey(), day.getValue());
            jdbc.update(TOTALS.formatted("where stat_day = ? and kind = ?"), day.getKey(), day.getValue());
        });
    }

    /**
     * Recomputes every daily cell (dossiers and steps) from the fact rows, written in day order: the pages read cells
     * by day and month ranges, and cells of one day written together lie together (PostgreSQL V222).
     */
    void rebuildAggregates() {
        jdbc.update("delete from kpi_daily");
        jdbc.update(DAILY_INSERT + DAILY_SELECT.formatted("received_day", 'R', "") + " order by 1, 3, 4, 5");
        jdbc.update(DAILY_INSERT + DAILY_SELECT.formatted("end_day", 'F', "") + " order by 1, 3, 4, 5");
        jdbc.update("delete from kpi_monthly");
        jdbc.update(MONTHLY.formatted("") + " order by 1, 2, 3, 4, 5");
        jdbc.update("delete from kpi_daily_all");
        jdbc.update(TOTALS.formatted(""));
        jdbc.update("delete from kpi_step_daily");
        jdbc.update(STEP_DAILY.formatted(""));
    }

    /** The status code of every dossier row fed by the application (not the demo history's synthetic ones). */
    java.util.Map<String, Integer> dossierStatuses() {
        java.util.Map<String, Integer> statuses = new java.util.HashMap<>();
        jdbc.query("select code, status from kpi_dossier where demo = false",
                rs -> {
                    statuses.put(rs.getString(1), rs.getInt(2));
                });
        return statuses;
    }

    /** Stage and classification of every inspection row fed by the application, as "STAGE/true". */
    java.util.Map<String, String> inspectionStates() {
        java.util.Map<String, String> states = new java.util.HashMap<>();
        jdbc.query("select code, stage, classified from kpi_inspection where demo = false",
                rs -> {
                    states.put(rs.getString(1), rs.getString(2) + "/" + rs.getBoolean(3));
                });
        return states;
    }

    long dossierCount() {
        Long n = jdbc.queryForObject("select count(*) from kpi_dossier", Long.class);
        return n == null ? 0 : n;
    }

    // --- steps -------------------------------------------------------------------------------

    Set<StepCell> stepCellsOf(String businessKey) {
        Set<StepCell> cells = new LinkedHashSet<>();
        jdbc.query("select end_day, process_key, step_key from kpi_step where business_key = ? and end_day is not null",
                rs -> {
                    cells.add(new StepCell(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)));
                }, businessKey);
        return cells;
    }

    void replaceSteps(String businessKey, List<StepFact> steps) {
        jdbc.update("delete from kpi_step where business_key = ?", businessKey);
        insertSteps(steps);
    }

    void insertSteps(List<StepFact> steps) {
        insertSteps(steps, "");
    }

    private void insertSteps(List<StepFact> steps, String onConflict) {
        jdbc.batchUpdate(STEP_INSERT + onConflict, steps, 500, (ps, s) -> KpiWrites.set(ps, 1, stepRow(s)));
    }

    private static final String STEP_INSERT = "insert into kpi_step (task_id, business_key, process_key, step_key,"
            + " step_name, unit_code, assignee, created_at, claimed_at, ended_at, due_at, end_day, waiting_seconds,"
            + " working_seconds, breached) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    /** A step row's values in the order of {@link #STEP_INSERT}. */
    private static Object[] stepRow(StepFact s) {
        return new Object[] {s.taskId(), s.businessKey(), s.processKey(), s.stepKey(), s.stepName(), s.unit(),
            s.assignee(), Timestamp.from(s.createdAt()), timestamp(s.claimedAt()), timestamp(s.endedAt()),
            timestamp(s.dueAt()), s.endDay(), s.waitingSeconds(), s.workingSeconds(), s.breached()};
    }

    private static Timestamp timestamp(java.time.Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    void recomputeSteps(Collection<StepCell> cells) {
        for (StepCell cell : cells) {
            jdbc.update("delete from kpi_step_daily where stat_day = ? and process_key = ? and step_key = ?", cell.day(),
                    cell.processKey(), cell.stepKey());
            jdbc.update(STEP_DAILY.formatted("and end_day = ? and process_key = ? and step_key = ?"), cell.day(),
                    cell.processKey(), cell.stepKey());
        }
    }

    // --- inspections -------------------------------------------------------------------------

    void inspectionStage(String code, String institution, String institutionName, String stage, boolean paper,
                         Timestamp at) {
        int updated = jdbc.update("update kpi_inspection set stage = ?, paper = ?, institution_code = ?,"
                + " institution_name = ? where code = ?", stage, paper, institution, institutionName, code);
        if (updated == 0) {
            jdbc.update("insert into kpi_inspection (code, institution_code, institution_name, stage, paper, started_at,"
                    + " closed_on, classified, digital, reasons, demo) values (?,?,?,?,?,?,null,false,false,null,false)",
                    code, institution, institutionName, stage, paper, at);
        }
    }

    void inspectionClassified(String code, String institution, LocalDate closedOn, boolean digital, boolean paper,
                              String reasons, Timestamp at) {
        int updated = jdbc.update("update kpi_inspection set closed_on = ?, classified = true, digital = ?, paper = ?,"
                + " reasons = ? where code = ?", closedOn, digital, paper, reasons, code);
        if (updated == 0) {
            jdbc.update("insert into kpi_inspection (code, institution_code, institution_name, stage, paper, started_at,"
                    + " closed_on, classified, digital, reasons, demo) values (?,?,null,'CLOSED',?,?,?,true,?,?,false)",
                    code, institution, paper, at, closedOn, digital, reasons);
        }
    }

    void finding(String findingId, String code, String area, boolean violation, Timestamp at) {
        jdbc.update("delete from kpi_finding where finding_id = ?", findingId);
        jdbc.update("insert into kpi_finding (finding_id, code, area, violation, recorded_at) values (?,?,?,?,?)",
                findingId, code, area, violation, at);
    }

    void remediation(String id, String code, String area, LocalDate dueOn, String status, Timestamp at) {
        jdbc.update("delete from kpi_remediation where recommendation_id = ?", id);
        jdbc.update("insert into kpi_remediation (recommendation_id, code, area, due_on, status, changed_at)"
                + " values (?,?,?,?,?,?)", id, code, area, dueOn, status, at);
    }

    static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
