package vn.vetflow.kpi;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every change of the read model one at a time, cluster-wide, in a transaction that commits before
 * the next one starts. A daily cell is the GROUP BY of the fact rows: two transactions recomputing the same
 * cell concurrently would each see only their own uncommitted dossier and the last to commit would win
 * (or both would insert the cell and one fail with a duplicate key). So each change first locks the row of
 * {@code kpi_upkeep} (Flyway V40): the lock is held until commit, and on READ COMMITTED the statements
 * after it see everything the previous holder committed.
 *
 * <p>Inside one node the work also queues on a JVM lock taken BEFORE the transaction, so threads waiting
 * their turn hold no pooled connection. The upkeep runs on listener threads, never on a user's request.
 */
@Component
class KpiUpkeep {

    private final ReentrantLock node = new ReentrantLock(true);
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    KpiUpkeep(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    /** Runs the change in a transaction of its own (or the caller's), serialised as explained above. */
    void run(Runnable change) {
        node.lock();
        try {
            transaction.executeWithoutResult(status -> {
                if (jdbc.update("update kpi_upkeep set touched_at = current_timestamp where name = 'kpi'") != 1) {
                    // Without its row nothing would serialise the upkeep: fail, the reaction is retried later.
                    throw new IllegalStateException("The row 'kpi' of table kpi_upkeep is missing");
                }
                change.run();
            });
        } finally {
            node.unlock();
        }
    }
}
