package vn.vetflow.dossier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-tolerant, never-repeating counters in the database, shared by every node of a cluster.
 *
 * <p>Each call runs in its own short transaction: the UPDATE takes a row lock, so two nodes can never
 * read the same value, and the lock is released at once instead of being held for the caller's whole
 * transaction. A number taken by a transaction that later rolls back is simply skipped.
 */
@Component
class NumberSequence {

    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    NumberSequence(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    int next(String name, String period) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Integer value = ownTransaction.execute(status -> increment(name, period));
            if (value != null) {
                return value;
            }
        }
        throw new IllegalStateException("Could not take a number from sequence " + name + "/" + period);
    }

    /** The incremented value, or null when another node created the row first (then try again). */
    private Integer increment(String name, String period) {
        int updated = jdbc.update("update number_sequence set last_value = last_value + 1 where name = ? and period = ?",
                name, period);
        if (updated == 1) {
            return jdbc.queryForObject("select last_value from number_sequence where name = ? and period = ?",
                    Integer.class, name, period);
        }
        try {
            return ownTransaction.execute(status -> {
                jdbc.update("insert into number_sequence (name, period, last_value) values (?, ?, 1)", name, period);
                return 1;
            });
        } catch (DataIntegrityViolationException raceLost) {
            return null;
        }
    }
}
