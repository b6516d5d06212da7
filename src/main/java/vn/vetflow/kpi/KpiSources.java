package vn.vetflow.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Repository;

/**
 * What a refresh of one case reads, in one statement instead of about twelve (issue 15, the upkeep's cost), a
 * UNION ALL of five parts ({@link #CASE}):
 * <ul>
 * <li>the case's stored step rows ({@code kpi_step}) and its user tasks in the engine's history
 * ({@code ACT_HI_TASKINST} by the process instance's business key, as {@code HistoricTaskInstanceQuery
 * .processInstanceBusinessKey} reads them) with each task's first assignee claim ({@code ACT_HI_IDENTITYLINK},
 * type {@code assignee}, operation {@code add}, as {@code HistoricIdentityLinkLogQuery} reads it).
 * Read only, plain SQL on the engine's history tables: no engine class is used.</li>
 * <li>the dossier's row with its result document, components' digitisation and rating as
 * scalar sub-queries, its supplement requests and its control slip's status lines. The dossier
 * module has no API for these columns together; this reads them and writes nothing.</li>
 * </ul>
 * Engine timestamps ({@code timestamp} without time zone, written and read by the engine with the JVM's zone)
 * and ours ({@code timestamp with time zone}) stay in separate columns, each read as its writer reads it.
 * On PostgreSQL a refresh sends the statement with the one that locks the case, in one round trip
 * ({@link KpiUpkeep.LockingRead}).
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
                   boolean componentsDigitised, boolean resultDigitised, boolean reusedComponent, Integer rating,
                   boolean portalSynced) {
    }

    /** The case's sources in one statement; read them with {@link #read}. */
    record Case(Steps steps, Optional<Dossier> dossier) {
    }

    /**
     * The columns of the one statement (name, SQL type); each part of its UNION ALL fills its own and leaves the
     * others null. Our timestamps are {@code timestamp with time zone}, the engine's {@code timestamp}.
     */
    private static final String[][] COLUMNS = {
        {"part", "varchar(1)"},
        // K: a stored step row; E: a task in the engine's history.
        {"task_id", "varchar(64)"}, {"process_key", "varchar(255)"}, {"step_key", "varchar(255)"},
        {"step_name", "varchar(1000)"}, {"assignee", "varchar(255)"}, {"unit_code", "varchar(64)"},
        {"created_at", "timestamp with time zone"}, {"claimed_at", "timestamp with time zone"},
        {"ended_at", "timestamp with time zone"}, {"due_at", "timestamp with time zone"}, {"end_day", "date"},
        {"waiting_seconds", "bigint"}, {"working_seconds", "bigint"}, {"breached", "boolean"},
        {"e_start", "timestamp"}, {"e_claim", "timestamp"}, {"e_end", "timestamp"}, {"e_due", "timestamp"},
        {"delete_reason", "varchar(1000)"},
        // D: the dossier's row with its result document, components' digitisation and rating.
        {"procedure_id", "varchar(255)"}, {"procedure_name", "varchar(1000)"}, {"outcome", "varchar(255)"},
        {"channel", "bigint"}, {"status", "bigint"}, {"payment_channel", "bigint"}, {"fee_amount", "bigint"},
        {"submitted_at", "timestamp with time zone"}, {"received_at", "timestamp with time zone"},
        {"processing_ended_at", "timestamp with time zone"}, {"returned_at", "timestamp with time zone"},
        {"receipt_day", "date"}, {"original_appointment", "date"}, {"result_documents", "bigint"},
        {"components", "bigint"}, {"components_digitised", "bigint"}, {"components_reused", "bigint"},
        {"result_digitised", "bigint"}, {"rating", "bigint"}, {"portal_synced", "bigint"},
        // S: a supplement request (seq its round); H: a line of the control slip (seq its id, slip_status).
        {"seq", "bigint"}, {"at", "timestamp with time zone"}, {"answered_at", "timestamp with time zone"},
        {"slip_status", "bigint"},
    };

    static final String CASE = String.join("\nunion all\n",
            part("'K'", "from kpi_step s where s.business_key = ?",
                    "task_id", "s.task_id", "process_key", "s.process_key", "step_key", "s.step_key",
                    "step_name", "s.step_name", "assignee", "s.assignee", "unit_code", "s.unit_code",
                    "created_at", "s.created_at", "claimed_at", "s.claimed_at", "ended_at", "s.ended_at",
                    "due_at", "s.due_at", "end_day", "s.end_day", "waiting_seconds", "s.waiting_seconds",
                    "working_seconds", "s.working_seconds", "breached", "s.breached"),
            part("'E'", "from ACT_HI_TASKINST t join ACT_HI_PROCINST p on p.ID_ = t.PROC_INST_ID_"
                            + " where p.BUSINESS_KEY_ = ?",
                    "task_id", "t.ID_", "process_key", "t.PROC_DEF_KEY_", "step_key", "t.TASK_DEF_KEY_",
                    "step_name", "t.NAME_", "assignee", "t.ASSIGNEE_", "e_start", "t.START_TIME_",
                    "e_claim", "(select min(l.TIMESTAMP_) from ACT_HI_IDENTITYLINK l where l.TASK_ID_ = t.ID_"
                            + " and l.TYPE_ = 'assignee' and l.OPERATION_TYPE_ = 'add')",
                    "e_end", "t.END_TIME_", "e_due", "t.DUE_DATE_", "delete_reason", "t.DELETE_REASON_"),
            part("'D'", "from dossier d where d.code = ?",
                    "procedure_id", "d.procedure_id", "procedure_name", "d.procedure_name", "outcome", "d.outcome",
                    "channel", "d.channel", "status", "d.status", "payment_channel", "d.payment_channel",
                    "fee_amount", "d.fee_amount", "submitted_at", "d.submitted_at", "received_at", "d.received_at",
                    "processing_ended_at", "d.processing_ended_at", "returned_at", "d.returned_at",
                    "receipt_day", "d.receipt_day", "original_appointment", "d.original_appointment_date",
                    "result_documents", "(select count(*) from dossier_document doc where doc.dossier_id = d.id"
                            + " and doc.type = 'RESULT')",
                    "components", "(select count(*) from attachment a where a.dossier_id = d.id)",
                    "components_digitised", "(select count(*) from attachment a where a.dossier_id = d.id"
                            + " and (a.digitised or a.reused_from_dossier is not null))",
                    "components_reused", "(select count(*) from attachment a where a.dossier_id = d.id"
                            + " and a.reused_from_dossier is not null)",
                    "result_digitised", "case when d.result_digitised then 1 else 0 end",
                    "rating", "(select r.score from dossier_rating r where r.dossier_code = d.code)",
                    "portal_synced", PortalSync.SYNCED_OF_DOSSIER),
            part("'S'", "from supplement_request s join dossier d on d.id = s.dossier_id where d.code = ?",
                    "seq", "s.round", "at", "s.requested_at", "answered_at", "s.answered_at"),
            part("'H'", "from dossier_history h join dossier d on d.id = h.dossier_id where d.code = ?",
                    "seq", "h.id", "at", "h.at", "slip_status", "h.status"));

    /** One part of the UNION ALL: every column, cast to its type, null where the part does not fill it. */
    private static String part(String kind, String from, String... filled) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        values.put("part", kind);
        for (int i = 0; i < filled.length; i += 2) {
            values.put(filled[i], filled[i + 1]);
        }
        java.util.StringJoiner select = new java.util.StringJoiner(", ", "select ", " " + from);
        for (String[] column : COLUMNS) {
            String value = values.remove(column[0]);
            select.add("cast(" + (value == null ? "null" : value) + " as " + column[1] + ") as " + column[0]);
        }
        if (!values.isEmpty()) {
            throw new IllegalStateException("Unknown columns " + values.keySet());
        }
        return select.toString();
    }

    private final JdbcTemplate jdbc;

    KpiSources(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many parameters {@link #CASE} has: each is the case's key. */
    static final int CASE_KEYS = 5;

    /** The case's stored step rows, its engine tasks and, when it is a dossier, the dossier's sources. */
    Case read(String businessKey) {
        Object[] keys = new Object[CASE_KEYS];
        Arrays.fill(keys, businessKey);
        return jdbc.query(CASE, rows(businessKey), keys);
    }

    /** Reads the rows of {@link #CASE} for {@code businessKey}, wherever the statement was sent from. */
    static ResultSetExtractor<Case> rows(String businessKey) {
        return rs -> {
            List<StepFact> stored = new ArrayList<>();
            List<EngineTask> tasks = new ArrayList<>();
            Object[] row = null;
            List<Object[]> supplements = new ArrayList<>();
            List<Object[]> history = new ArrayList<>();
            while (rs.next()) {
                switch (rs.getString("part")) {
                    case "K" -> stored.add(new StepFact(rs.getString("task_id"), businessKey,
                            rs.getString("process_key"), rs.getString("step_key"), rs.getString("step_name"),
                            rs.getString("unit_code"), rs.getString("assignee"), instant(rs, "created_at"),
                            instant(rs, "claimed_at"), instant(rs, "ended_at"), instant(rs, "due_at"),
                            rs.getObject("end_day", LocalDate.class), rs.getObject("waiting_seconds", Long.class),
                            rs.getObject("working_seconds", Long.class), rs.getBoolean("breached")));
                    case "E" -> tasks.add(new EngineTask(rs.getString("task_id"), rs.getString("process_key"),
                            rs.getString("step_key"), rs.getString("step_name"), rs.getString("assignee"),
                            instant(rs, "e_start"), instant(rs, "e_claim"), instant(rs, "e_end"), instant(rs, "e_due"),
                            rs.getString("delete_reason")));
                    case "D" -> row = new Object[] {rs.getLong("fee_amount"), instant(rs, "submitted_at"),
                            instant(rs, "received_at"), instant(rs, "processing_ended_at"), instant(rs, "returned_at"),
                            rs.getString("procedure_id"), rs.getString("procedure_name"), rs.getString("outcome"),
                            rs.getObject("channel", Long.class), rs.getLong("status"),
                            rs.getObject("payment_channel", Long.class), rs.getObject("receipt_day", LocalDate.class),
                            rs.getObject("original_appointment", LocalDate.class), rs.getLong("result_documents"),
                            rs.getLong("components"), rs.getLong("components_digitised"),
                            rs.getLong("components_reused"), rs.getLong("result_digitised"),
                            rs.getObject("rating", Long.class), rs.getLong("portal_synced")};
                    case "S" -> supplements.add(new Object[] {rs.getLong("seq"), instant(rs, "at"),
                            instant(rs, "answered_at")});
                    default -> history.add(new Object[] {rs.getLong("seq"), instant(rs, "at"),
                            (int) rs.getLong("slip_status")});
                }
            }
            return new Case(new Steps(stored, tasks), dossier(businessKey, row, supplements, history));
        };
    }

    private static Optional<Dossier> dossier(String code, Object[] d, List<Object[]> supplements,
                                             List<Object[]> history) {
        if (d == null) {
            return Optional.empty();
        }
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
        // Decision 766's digitisation (from attachment.digitised, attachment.reused_from_dossier and
        // dossier.result_digitised, which the counter intake fills): components digitised when there is at least
        // one and every one is digitised or reused; reuse when any is reused.
        long components = (Long) d[14];
        return Optional.of(new Dossier(code, (String) d[5], (String) d[6], d[8] == null ? 2 : (int) (long) (Long) d[8],
                (int) (long) (Long) d[9], (String) d[7], (Instant) d[1], (Instant) d[2], (LocalDate) d[11],
                (LocalDate) d[12], (Instant) d[3], (Instant) d[4],
                supplements.stream().map(s -> new DossierFacts.Supplement((Instant) s[1], (Instant) s[2])).toList(),
                moves, (Long) d[0], d[10] != null, (Long) d[13] > 0, components > 0 && (Long) d[15] == components,
                (Long) d[17] == 1, (Long) d[16] > 0, d[18] == null ? null : (int) (long) (Long) d[18], (Long) d[19] == 1));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
