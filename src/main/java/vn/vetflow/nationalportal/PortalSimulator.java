package vn.vetflow.nationalportal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The simulated national portal (demo, test and cluster-test profiles only): it records each status it
 * receives once per idempotency key, notes whether it arrived in order (its predecessor already there),
 * and can be told to be down (503), slow (answers after the client has given up, so the client sends
 * again), or to answer in shuffled order (random delays, so answers to concurrent calls overtake each
 * other). Receipts are in the database, so all nodes of a cluster and a restarted node share them.
 */
@Component
@Profile({"demo", "test", "cluster-test"})
class PortalSimulator {

    enum Mode { UP, DOWN, SLOW, SHUFFLED }

    enum Answer { RECORDED, DUPLICATE, UNAVAILABLE }

    record Receipt(String idempotencyKey, String dossierCode, int seq, int status, boolean inOrder, int duplicates,
                   Instant receivedAt) {
    }

    record Totals(long received, long duplicates, long outOfOrder, long dossiers) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Mode mode = Mode.UP;
    private volatile Duration delay = Duration.ofSeconds(15);

    PortalSimulator(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Mode mode() {
        return mode;
    }

    Duration delay() {
        return delay;
    }

    /** How the portal behaves from now on; {@code delay} is the slow answer's delay, or the shuffle's maximum. */
    void behave(Mode mode, Duration delay) {
        this.mode = mode;
        this.delay = delay;
    }

    Answer receive(String idempotencyKey, String dossierCode, int seq, int status) throws InterruptedException {
        Mode now = mode;
        if (now == Mode.DOWN) {
            return Answer.UNAVAILABLE;
        }
        if (now == Mode.SHUFFLED) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(delay.toMillis() + 1));
        }
        Answer answer = record(idempotencyKey, dossierCode, seq, status);
        if (now == Mode.SLOW) {
            // The portal has the status but answers too late: the client gives up and sends it again.
            Thread.sleep(delay.toMillis());
        }
        return answer;
    }

    private Answer record(String idempotencyKey, String dossierCode, int seq, int status) {
        if (countDuplicate(idempotencyKey)) {
            return Answer.DUPLICATE;
        }
        boolean inOrder = seq == 1 || jdbc.sql("select count(*) from portal_simulator_receipt "
                        + "where dossier_code = ? and seq = ?")
                .params(dossierCode, seq - 1).query(Long.class).single() > 0;
        try {
            jdbc.sql("insert into portal_simulator_receipt (idempotency_key, dossier_code, seq, status, in_order, "
                            + "received_at) values (?, ?, ?, ?, ?, ?)")
                    .params(idempotencyKey, dossierCode, seq, status, inOrder, Timestamp.from(clock.instant()))
                    .update();
            return Answer.RECORDED;
        } catch (DuplicateKeyException e) {
            // The same key arrived twice at once; the other request recorded it.
            countDuplicate(idempotencyKey);
            return Answer.DUPLICATE;
        }
    }

    private boolean countDuplicate(String idempotencyKey) {
        return jdbc.sql("update portal_simulator_receipt set duplicates = duplicates + 1 where idempotency_key = ?")
                .param(idempotencyKey).update() > 0;
    }

    Totals totals() {
        return jdbc.sql("select count(*), coalesce(sum(duplicates), 0), "
                        + "coalesce(sum(case when in_order then 0 else 1 end), 0), count(distinct dossier_code) "
                        + "from portal_simulator_receipt")
                .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    /** What arrived for one dossier, in arrival order. */
    List<Receipt> receipts(String dossierCode) {
        return jdbc.sql("select * from portal_simulator_receipt where dossier_code = ? order by received_at, seq")
                .param(dossierCode).query(PortalSimulator::receipt).list();
    }

    /** The latest receipts, newest first. */
    List<Receipt> latest(int limit) {
        return jdbc.sql("select * from portal_simulator_receipt order by received_at desc, dossier_code, seq desc "
                        + "fetch first " + limit + " rows only")
                .query(PortalSimulator::receipt).list();
    }

    private static Receipt receipt(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Receipt(rs.getString("idempotency_key"), rs.getString("dossier_code"), rs.getInt("seq"),
                rs.getInt("status"), rs.getBoolean("in_order"), rs.getInt("duplicates"),
                rs.getTimestamp("received_at").toInstant());
    }
}
