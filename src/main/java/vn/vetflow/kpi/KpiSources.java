package vn.vetflow.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a refresh of one case reads, in two statements instead of about twelve (issue 15, the upkeep's cost):
 * <ul>
 * <li>{@link #steps}: the case's stored step rows ({@code kpi_step}) and its user tasks in the engine's history
 * ({@code ACT_HI_TASKINST} by the process instance's business key, as {@code HistoricTaskInstanceQuery
 * .processInstanceBusinessKey} reads them) with each task's first assignee claim ({@code ACT_HI_IDENTITYLINK},
 * type {@code assignee}, operation {@code add}, as {@code HistoricIdentityLinkLogQuery} reads it), one UNION ALL.
 * Read only, plain SQL on the engine's history tables: no engine class is used.</li>
 * <li>{@link #dossier}: the dossier's row with its result document, components' digitisation and rating as
 * scalar sub-queries, its supplement requests and its control slip's status lines, one UNION ALL. The dossier
 * module has no API for these columns together; this reads them and writes nothing.</li>
 * </ul>
 * Engine timestamps ({@code timestamp} without time zone, written and read by the engine with the JVM's zone)
 * and ours ({@code timestamp with time zone}) stay in separate columns, each read as its writer reads it.
 */
@Repository
class KpiSources {

    /** The engine's record of a user task of the case. */
    record EngineTask(String id, String processKey, String taskKey, String name, String assignee, Instant start,
                      Instant firstClaim, Instant end, Instant due, String deleteReason) {
    }

    /** The stored step rows and the engine's tasks of one case. */
    record Steps(List<StepFact> stored, List<EngineTask> tasks) {
    }

    /** The dossier's sources, as {@link DossierFacts.Input} wants them (unit and officer are added by the caller). */
    record Dossier(String code, String procedureId, String procedureName, int channel, int status, String outcome,
                   Instant submittedAt, Instant receivedAt, LocalDate receiptDay, LocalDate originalAppointment,
                   Instant processingEndedAt, Instant returnedAt, List<DossierFacts.Supplement> supplements,
                   List<DossierFacts.StatusMove> moves, long feeAmount, boolean paidOnline, boolean resultDocumentStored,
                   boolean componentsDigitised, boolean resultDigitised, boolean reusedComponent, Integer rating) {
    }

    private static final String STEPS = """
            select 'K', task_id, process_key, step_key, step_name, assignee, created_at, claimed_at, ended_at, due_at,
              cast(null as timestamp) e_start, cast(null as timestamp) e_claim, cast(null as timestamp) e_end,
              cast(null as timestamp) e_due, cast(null as varchar(255)) delete_reason, unit_code, end_day,
              waiting_seconds, working_seconds, breached
            from kpi_step where business_key = ?
            union all
            select 'E', t.ID_, t.PROC_DEF_KEY_, t.TASK_DEF_KEY_, t.NAME_, t.ASSIGNEE_,
              cast(null as timestamp with time zone), cast(null as timestamp with time zone),
              cast(null as timestamp with time zone), cast(null as timestamp with time zone),
              t.START_TIME_, (select min(l.TIMESTAMP_) from ACT_HI_IDENTITYLINK l where l.TASK_ID_ = t.ID_
                and l.TYPE_ = 'assignee' and l.OPERATION_TYPE_ = 'add'), t.END_TIME_, t.DUE_DATE_, t.DELETE_REASON_,
              cast(null as varchar(64)), cast(null as date), cast(null as bigint), cast(null as bigint),
              cast(null as boolean)
            from ACT_HI_TASKINST t join ACT_HI_PROCINST p on p.ID_ = t.PROC_INST_ID_ where p.BUSINESS_KEY_ = ?""";

    /**
     * D: the dossier row (n1 fee, n2 channel, n3 status, n4 payment channel, n5 result documents, n6 components,
     * n7 digitised or reused ones, n8 reused ones, n9 result digitised, n10 rating); S: a supplement request (n1
     * its round, t1 requested, t2 answered); H: a line of the control slip (n1 its id, t1 when, n2 the status).
     */
    private static final String DOSSIER = """
            select 'D', d.fee_amount, d.submitted_at, d.received_at, d.processing_ended_at, d.returned_at,
              d.procedure_id, d.procedure_name, d.outcome, cast(d.channel as bigint), cast(d.status as bigint),
              cast(d.payment_channel as bigint), d.receipt_day, d.original_appointment_date,
              (select count(*) from dossier_document doc where doc.dossier_id = d.id and doc.type = 'RESULT'),
              (select count(*) from attachment a where a.dossier_id = d.id),
              (select count(*) from attachment a where a.dossier_id = d.id
                and (a.digitised or a.reused_from_dossier is not null)),
              (select count(*) from attachment a where a.dossier_id = d.id and a.reused_from_dossier is not null),
              cast(case when d.result_digitised then 1 else 0 end as bigint),
              cast((select r.score from dossier_rating r where r.dossier_code = d.code) as bigint)
            from dossier d where d.code = ?
            union all
            select 'S', cast(s.round as bigint), s.requested_at, s.answered_at, cast(null as timestamp with time zone),
              cast(null as timestamp with time zone), cast(null as varchar(20)), cast(null as varchar(500)),
              cast(null as varchar(20)), cast(null as bigint), cast(null as bigint), cast(null as bigint),
              cast(null as date), cast(null as date), cast(null as bigint), cast(null as bigint), cast(null as bigint),
              cast(null as bigint), cast(null as bigint), cast(null as bigint)
            from supplement_request s join dossier d on d.id = s.dossier_id where d.code = ?
            union all
            select 'H', h.id, h.at, cast(null as timestamp with time zone), cast(null as timestamp with time zone),
              cast(null as timestamp with time zone), cast(null as varchar(20)), cast(null as varchar(500)),
              cast(null as varchar(20)), cast(h.status as bigint), cast(null as bigint), cast(null as bigint),
              cast(null as date), cast(null as date), cast(null as bigint), cast(null as bigint), cast(null as bigint),
              cast(null as bigint), cast(null as bigint), cast(null as bigint)
            from dossier_history h join dossier d on d.id = h.dossier_id where d.code = ?""";

    private final JdbcTemplate jdbc;

    KpiSources(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Steps steps(String businessKey) {
        List<StepFact> stored = new ArrayList<>();
        List<EngineTask> tasks = new ArrayList<>();
        jdbc.query(STEPS, rs -> {
            if ("K".equals(rs.getString(1))) {
                stored.add(new StepFact(rs.getString(2), businessKey, rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(16), rs.getString(6), instant(rs, 7), instant(rs, 8), instant(rs, 9),
                        instant(rs, 10), rs.getObject(17, LocalDate.class), rs.getObject(18, Long.class),
                        rs.getObject(19, Long.class), rs.getBoolean(20)));
            } else {
                tasks.add(new EngineTask(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), instant(rs, 11), instant(rs, 12), instant(rs, 13), instant(rs, 14),
                        rs.getString(15)));
            }
        }, businessKey, businessKey);
        return new Steps(stored, tasks);
    }

    Optional<Dossier> dossier(String code) {
        Object[][] row = {null};
        List<Object[]> supplements = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        jdbc.query(DOSSIER, rs -> {
            switch (rs.getString(1)) {
                case "D" -> row[0] = new Object[] {rs.getLong(2), instant(rs, 3), instant(rs, 4), instant(rs, 5),
                        instant(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, Long.class), rs.getLong(11),
                        rs.getObject(12, Long.class), rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class),
                        rs.getLong(15), rs.getLong(16), rs.getLong(17), rs.getLong(18), rs.getLong(19),
                        rs.getObject(20, Long.class)};
                case "S" -> supplements.add(new Object[] {rs.getLong(2), instant(rs, 3), instant(rs, 4)});
                default -> history.add(new Object[] {rs.getLong(2), instant(rs, 3), (int) rs.getLong(10)});
            }
        }, code, code, code);
        if (row[0] == null) {
            return Optional.empty();
        }
        Object[] d = row[0];
        supplements.sort(Comparator.comparingLong(s -> (Long) s[0]));
        // The control slip in its order (DossierService.history: by time, then id); a status is a move when it changes.
        history.sort(Comparator.comparing((Object[] h) -> (Instant) h[1]).thenComparingLong(h -> (Long) h[0]));
        List<DossierFacts.StatusMove> moves = new ArrayList<>();
        Integer previous = null;
        for (Object[] h : history) {
            if (!Integer.valueOf((int) h[2]).equals(previous)) {
                moves.add(new DossierFacts.StatusMove((int) h[2], (Instant) h[1]));
                previous = (int) h[2];
            }
        }
        long components = (Long) d[14];
        return Optional.of(new Dossier(code, (String) d[5], (String) d[6], d[8] == null ? 2 : (int) (long) (Long) d[8],
                (int) (long) (Long) d[9], (String) d[7], (Instant) d[1], (Instant) d[2], (LocalDate) d[11],
                (LocalDate) d[12], (Instant) d[3], (Instant) d[4],
                supplements.stream().map(s -> new DossierFacts.Supplement((Instant) s[1], (Instant) s[2])).toList(),
                moves, (Long) d[0], d[10] != null, (Long) d[13] > 0, components > 0 && (Long) d[15] == components,
                (Long) d[17] == 1, (Long) d[16] > 0, d[18] == null ? null : (int) (long) (Long) d[18]));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
