package vn.vetflow.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the changes of the read model, each in a transaction of its own, without a global lock:
 * <ul>
 * <li>A change of one case ({@link #forCase}) locks that case's row of {@code kpi_case} (Flyway V120) with
 * {@code SELECT … FOR UPDATE}: two refreshes of one case run one after the other and the second sees what the
 * first committed, so it subtracts exactly the contribution the first added. Different cases run side by side:
 * their daily cells change by additions, which commute; the cells are written in one global order (see
 * {@link KpiStore#apply}), so two of them never wait for each other in a cycle.</li>
 * <li>What recomputes cells from the fact rows (rebuild, repair) must see no delta in flight: it runs
 * {@link #exclusively}, holding the row of {@code kpi_upkeep} (Flyway V40) FOR UPDATE, while every case
 * change holds it FOR SHARE on PostgreSQL. H2 has no FOR SHARE; it is embedded in one JVM, where a
 * read/write lock does the same.</li>
 * </ul>
 * A case change that lost a race it cannot wait out (H2: two inserts of one new cell; PostgreSQL: a deadlock
 * with something outside the upkeep) is rolled back and run again; it recomputes from the sources, so this is
 * safe. The upkeep runs on listener threads, never on a user's request.
 */
@Component
class KpiUpkeep {

    private static final Logger log = LoggerFactory.getLogger(KpiUpkeep.class);
    private static final int ATTEMPTS = 5;
    private static final int CASE_ROWS_SEEN_AT_MOST = 100_000;
    private static final String INSERT_CASE = "insert into kpi_case (business_key) values (?)"
            + " on conflict (business_key) do nothing";

    private final ReentrantReadWriteLock node = new ReentrantReadWriteLock(true);
    /**
     * Cases whose row of {@code kpi_case} this node has locked: their locking round trip needs no insert first. A
     * hint only (bounded: cleared when full); a case missing from it is inserted with "do nothing" on conflict.
     */
    private final Set<String> caseRowsSeen = ConcurrentHashMap.newKeySet();
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final boolean postgres;

    KpiUpkeep(PlatformTransactionManager transactions, JdbcTemplate jdbc, DataSource dataSource) {
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    boolean postgres() {
        return postgres;
    }

    /**
     * What a case's change reads with its locks, on PostgreSQL, in the round trip that takes them: columns of
     * tables left-joined to the case's row (aliased {@code c}) in the locking statement itself, their order, and
     * what to make of its rows (positioned before the first; the columns start at the second, after the case's
     * key); then {@code next}, a statement sent with it that runs once the locks are held (each of its
     * {@code nextKeys} parameters is the case's key), read by {@code nextRows}. Each round trip of a refresh
     * waits for the server and for a core to run on again (issue 15: most of a refresh's time on two cores).
     */
    record LockingRead<T, N>(String columns, String joins, String orderBy, ResultSetExtractor<T> rows,
                             String next, int nextKeys, Function<String, ResultSetExtractor<N>> nextRows) {
    }

    /** Runs a change of one case (dossier or inspection code) in its own transaction, locked as explained above. */
    void forCase(String businessKey, Runnable change) {
        forCase(businessKey, null, (locked, next) -> change.run());
    }

    /**
     * As {@link #forCase(String, Runnable)}; on PostgreSQL the locking round trip also reads {@code read}, and the
     * change is given both results; elsewhere (H2), or after waiting for a lock, it is given {@code null}s and
     * reads for itself.
     */
    <T, N> void forCase(String businessKey, LockingRead<T, N> read, BiConsumer<T, N> change) {
        node.readLock().lock();
        try {
            LockingRead<T, N> together = read;
            for (int attempt = 1; ; attempt++) {
                LockingRead<T, N> readNow = together;
                try {
                    transaction.executeWithoutResult(status -> {
                        Object[] result = new Object[2];
                        if (!lockedTogether(businessKey, readNow, result)) {
                            if (postgres) {
                                // The case has no row yet (its first change, when not inserted with the lock): its
                                // row, then the same locking statement.
                                jdbc.update(INSERT_CASE, businessKey);
                                if (!lockedTogether(businessKey, readNow, result)) {
                                    upkeepRow(" for share");
                                }
                            } else {
                                upkeepRow("");
                                lockCase(businessKey);
                            }
                        }
                        @SuppressWarnings("unchecked")
                        T locked = (T) result[0];
                        @SuppressWarnings("unchecked")
                        N next = (N) result[1];
                        change.accept(locked, next);
                    });
                    return;
                } catch (DataAccessException e) {
                    if (readNow != null && lockNotAvailable(e)) {
                        // Another transaction holds the case (another node's refresh, a repair): wait for it with
                        // the plain lock, then read what it committed.
                        together = null;
                        attempt--;
                        continue;
                    }
                    if (attempt == ATTEMPTS || !lostARace(e)) {
                        throw e;
                    }
                    log.debug("KPI refresh of {} lost a race, attempt {}: {}", businessKey, attempt, e.getMessage());
                }
            }
        } finally {
            node.readLock().unlock();
        }
    }

    /** Runs a change of many cases or of the daily cells from the fact rows, while no case change runs. */
    <T> T exclusively(Supplier<T> change) {
        node.writeLock().lock();
        try {
            return transaction.execute(status -> {
                upkeepRow(" for update");
                return change.get();
            });
        } finally {
            node.writeLock().unlock();
        }
    }

    private void upkeepRow(String lock) {
        if (jdbc.queryForList("select name from kpi_upkeep where name = 'kpi'" + lock, String.class).isEmpty()) {
            // Without its row nothing would keep a rebuild apart from the deltas: fail, the reaction is retried later.
            throw new IllegalStateException("The row 'kpi' of table kpi_upkeep is missing");
        }
    }

    /**
     * PostgreSQL: the upkeep row FOR SHARE and the case's row FOR UPDATE in one statement, the usual case of a case
     * refreshed before, with what {@code read} asks read by the same round trip into {@code result} (the locking
     * statement's rows, then the next statement's); false when either row is missing (nothing is locked then: the
     * caller inserts the case's row or takes them one by one, and what the next statement read is dropped). With a
     * {@code read}, a case this node has not locked before gets its row inserted ("do nothing" on conflict) in the
     * same round trip, before the lock: a case's first refresh is one round trip too.
     * With a {@code read} the locks are taken NOWAIT: a statement that waited for a lock would still return the
     * joined rows as they were when it began, before the holder (another node's refresh of the case, a repair)
     * committed its changes to them. When a row is held, the statement fails with lock_not_available, the next
     * one does not run, and {@link #forCase} runs the change again with the plain, waiting lock, after which the
     * change reads for itself. The next statement begins after the locks are held, so it reads what the last
     * holder committed.
     */
    private <T, N> boolean lockedTogether(String businessKey, LockingRead<T, N> read, Object[] result) {
        if (!postgres) {
            return false;
        }
        // The last column makes this transaction's commit asynchronous (no wait for the WAL flush; issue 15, most of
        // a refresh's commit): durable all the same, because the event publication registry marks the reaction
        // completed afterwards in a synchronous commit, whose flush writes the WAL up to it, this commit included.
        // A crash before that loses both, and the reaction is resubmitted. The column is computed only for a row the
        // statement returns, that is once the locks are held.
        String sql = "select c.business_key" + (read == null ? "" : ", " + read.columns())
                + ", set_config('synchronous_commit', 'off', true)"
                + " from kpi_upkeep u join kpi_case c on c.business_key = ?" + (read == null ? "" : read.joins())
                + " where u.name = 'kpi'" + (read == null || read.orderBy() == null ? "" : " order by " + read.orderBy())
                + " for share of u for update of c" + (read == null ? "" : " nowait");
        if (read == null) {
            return Boolean.TRUE.equals(jdbc.query(sql, ResultSet::isBeforeFirst, businessKey));
        }
        // One prepared statement of several SQL statements: the driver sends them together, the server runs them in
        // order. A case this node has not locked before may have no row yet: it is inserted first, in the same trip.
        boolean seen = caseRowsSeen.contains(businessKey);
        String statements = (seen ? "" : INSERT_CASE + KpiWrites.SEPARATOR) + sql + KpiWrites.SEPARATOR + read.next();
        boolean locked = Boolean.TRUE.equals(jdbc.execute(statements, (PreparedStatement ps) -> {
            int keys = (seen ? 0 : 1) + 1 + read.nextKeys();
            for (int i = 1; i <= keys; i++) {
                ps.setString(i, businessKey);
            }
            boolean rows = ps.execute();
            if (!seen) {
                rows = ps.getMoreResults();
            }
            try (ResultSet lockedRows = ps.getResultSet()) {
                if (!rows || !lockedRows.isBeforeFirst()) {
                    return false;
                }
                result[0] = read.rows().extractData(lockedRows);
            }
            if (!ps.getMoreResults()) {
                throw new IllegalStateException("The statement after the KPI lock returned no rows: " + read.next());
            }
            try (ResultSet next = ps.getResultSet()) {
                result[1] = read.nextRows().apply(businessKey).extractData(next);
            }
            return true;
        }));
        if (locked) {
            if (caseRowsSeen.size() >= CASE_ROWS_SEEN_AT_MOST) {
                caseRowsSeen.clear();
            }
            caseRowsSeen.add(businessKey);
        }
        return locked;
    }

    /** H2: locks the case's row, inserting it the first time (a concurrent first insert fails; the retry finds it). */
    private void lockCase(String businessKey) {
        if (jdbc.queryForList("select business_key from kpi_case where business_key = ? for update", String.class,
                businessKey).isEmpty()) {
            jdbc.update("insert into kpi_case (business_key) values (?)", businessKey);
        }
    }

    /** PostgreSQL's lock_not_available: a NOWAIT lock found the row held. */
    private static boolean lockNotAvailable(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean lostARace(DataAccessException e) {
        if (e instanceof DuplicateKeyException || e instanceof TransientDataAccessException) {
            return true;
        }
        // H2's "concurrent update in table" (90131) when a MERGE meets a row another transaction just changed.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && List.of(90131, 40001).contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell the database of the KPI read model", e);
        }
    }
}
