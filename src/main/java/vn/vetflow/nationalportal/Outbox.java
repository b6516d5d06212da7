package vn.vetflow.nationalportal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code portal_outbox}. All statements run in the caller's transaction (one connection); the
 * delivery takes a row with {@code FOR UPDATE SKIP LOCKED} and keeps the lock while it sends, so several
 * nodes deliver at once without sending a row twice at the same time or overtaking a dossier's
 * unacknowledged row (PostgreSQL and H2 both understand the statement).
 */
@Repository
class Outbox {

    /** One row of the queue. */
    record Row(long id, String dossierCode, int seq, int status, String payload, Instant createdAt,
               Instant nextAttemptAt, int attempts, String lastError, Instant lastAttemptAt,
               Instant acknowledgedAt) {

        String idempotencyKey() {
            return "vetflow-" + id;
        }

        boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    /** The queue at a glance. */
    record Summary(long pending, long failing, long acknowledged, Instant oldestPending) {
    }

    private static final String COLUMNS = "o.id, o.dossier_code, o.seq, o.status, o.payload, o.created_at, "
            + "o.next_attempt_at, o.attempts, o.last_error, o.last_attempt_at, o.acknowledged_at";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String dossierCode, int seq, int status, String payload, Instant at) {
        jdbc.sql("insert into portal_outbox (dossier_code, seq, status, payload, created_at, next_attempt_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(dossierCode, seq, status, payload, ts(at), ts(at))
                .update();
    }

    /**
     * Locks the oldest row that is due and whose dossier has no earlier unacknowledged row; rows another
     * node holds are skipped, and so are the later rows of their dossiers.
     */
    Optional<Row> lockNextDue(Instant now) {
        return jdbc.sql("select " + COLUMNS + " from portal_outbox o "
                        + "where o.acknowledged_at is null and o.next_attempt_at <= ? "
                        + "and not exists (select 1 from portal_outbox p where p.dossier_code = o.dossier_code "
                        + "and p.acknowledged_at is null and p.seq < o.seq) "
                        + "order by o.id fetch first 1 rows only for update skip locked")
                .param(ts(now))
                .query(Outbox::row).optional();
    }

    void acknowledged(long id, Instant at) {
        jdbc.sql("update portal_outbox set acknowledged_at = ?, last_attempt_at = ?, attempts = attempts + 1, "
                        + "last_error = null where id = ?")
                .params(ts(at), ts(at), id).update();
    }

    /** Whether the dossier still has statuses the portal has not acknowledged. */
    boolean anyUnacknowledged(String dossierCode) {
        return jdbc.sql("select count(*) from portal_outbox where dossier_code = ? and acknowledged_at is null")
                .param(dossierCode).query(Long.class).single() > 0;
    }

    void failed(long id, Instant at, String error, Instant nextAttempt) {
        jdbc.sql("update portal_outbox set last_attempt_at = ?, attempts = attempts + 1, last_error = ?, "
                        + "next_attempt_at = ? where id = ?")
                .params(ts(at), abbreviate(error), ts(nextAttempt), id).update();
    }

    /** Every waiting row becomes due now (an operator's "retry now"). */
    int makeDue(Instant now) {
        return jdbc.sql("update portal_outbox set next_attempt_at = ? where acknowledged_at is null and next_attempt_at > ?")
                .params(ts(now), ts(now)).update();
    }

    int makeDue(String dossierCode, Instant now) {
        return jdbc.sql("update portal_outbox set next_attempt_at = ? where acknowledged_at is null "
                        + "and next_attempt_at > ? and dossier_code = ?")
                .params(ts(now), ts(now), dossierCode).update();
    }

    Summary summary() {
        return jdbc.sql("select "
                        + "sum(case when acknowledged_at is null then 1 else 0 end), "
                        + "sum(case when acknowledged_at is null and attempts > 0 then 1 else 0 end), "
                        + "sum(case when acknowledged_at is not null then 1 else 0 end), "
                        + "min(case when acknowledged_at is null then created_at end) from portal_outbox")
                .query((rs, n) -> new Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3), instant(rs.getTimestamp(4))))
                .single();
    }

    /**
     * The waiting rows only (pending, failing, the oldest): what the operators' menu shows on every page. Read from
     * the pending index's {@code acknowledged_at is null} range, not by aggregating every row ever sent (issue 15).
     */
    Summary waiting() {
        return jdbc.sql("select count(*), sum(case when attempts > 0 then 1 else 0 end), min(created_at) "
                        + "from portal_outbox where acknowledged_at is null")
                .query((rs, n) -> new Summary(rs.getLong(1), rs.getLong(2), 0, instant(rs.getTimestamp(3))))
                .single();
    }

    /** Unacknowledged rows that failed at least once, the longest waiting first. */
    List<Row> failing(int limit) {
        return jdbc.sql("select " + COLUMNS + " from portal_outbox o where o.acknowledged_at is null "
                        + "and o.attempts > 0 order by o.id fetch first " + limit + " rows only")
                .query(Outbox::row).list();
    }

    /** The oldest waiting rows, whatever their attempts. */
    List<Row> pending(int limit) {
        return jdbc.sql("select " + COLUMNS + " from portal_outbox o where o.acknowledged_at is null "
                        + "order by o.id fetch first " + limit + " rows only")
                .query(Outbox::row).list();
    }

    List<Row> history(String dossierCode) {
        return jdbc.sql("select " + COLUMNS + " from portal_outbox o where o.dossier_code = ? order by o.seq")
                .param(dossierCode).query(Outbox::row).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getString("dossier_code"), rs.getInt("seq"), rs.getInt("status"),
                rs.getString("payload"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("next_attempt_at")), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs.getTimestamp("last_attempt_at")), instant(rs.getTimestamp("acknowledged_at")));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
