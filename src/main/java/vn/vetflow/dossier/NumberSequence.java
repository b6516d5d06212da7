package vn.vetflow.dossier;

import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Never-repeating counters in the database, shared by every node of a cluster, taken on the CALLER's
 * connection and in its transaction: a request never needs a second pooled connection (which deadlocked
 * the pool when as many requests as it has connections took numbers at once).
 *
 * <p>Each number comes from one atomic statement that increments the counter row (PostgreSQL: an UPSERT
 * {@code ... on conflict do update ... returning}; H2: {@code final table (update ...)}); the row stays
 * locked until the caller commits. The trade-off, chosen on purpose: callers taking a number from the
 * same counter (same agency and day, same document series and year) queue one behind the other until
 * each commits, and a number taken by a transaction that rolls back is given again to the next caller,
 * so the series stays gap-free, unique and never repeated among committed dossiers and documents.
 */
@Component
class NumberSequence {

    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    NumberSequence(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction (or runs in its own when there is none): one connection either way. */
    @Transactional
    public int next(String name, String period) {
        if (isPostgres()) {
            Integer value = jdbc.queryForObject("insert into number_sequence (name, period, last_value) values (?, ?, 1)"
                    + " on conflict (name, period) do update set last_value = number_sequence.last_value + 1"
                    + " returning last_value", Integer.class, name, period);
            return value;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Integer> updated = jdbc.queryForList("select last_value from final table (update number_sequence"
                    + " set last_value = last_value + 1 where name = ? and period = ?)", Integer.class, name, period);
            if (!updated.isEmpty()) {
                return updated.get(0);
            }
            try {
                jdbc.update("insert into number_sequence (name, period, last_value) values (?, ?, 1)", name, period);
                return 1;
            } catch (DataAccessException anotherCallerCreatedIt) {
                // A duplicate key, or H2's "concurrent update" once the other creator committed. H2 fails only
                // the statement, not the transaction: increment the row the other caller made.
            }
        }
        throw new IllegalStateException("Could not take a number from sequence " + name + "/" + period);
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
        }
        return postgres;
    }
}
