package vn.vetflow.kpi;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writes of one refresh, in their order. On PostgreSQL a refresh queues them and {@link #flush} sends them in
 * one round trip (issue 15: each round trip of a refresh waited for the database about as long as its work): one
 * prepared statement of several SQL statements separated by {@code ;}, which the driver sends together and the
 * server runs one after the other in the refresh's transaction, each seeing the ones before, as separate
 * batches would. Otherwise each batch is sent at once.
 */
final class KpiWrites {

    /** Between the statements of one round trip (the upkeep benchmark counts them apart by it). */
    static final String SEPARATOR = ";\n";

    /**
     * Statements with their rows, and what to do with each row's count of changed rows (may be null); or, when
     * {@code oneStatement}, an {@code INSERT … VALUES (…)} sent together as one statement of all the rows.
     */
    private record Batch(String sql, List<Object[]> rows, IntConsumer counts, boolean oneStatement) {
    }

    private final JdbcTemplate jdbc;
    private final boolean together;
    private final List<Batch> queued = new ArrayList<>();

    private KpiWrites(JdbcTemplate jdbc, boolean together) {
        this.jdbc = jdbc;
        this.together = together;
    }

    /** Each batch sent when it is added. */
    static KpiWrites atOnce(JdbcTemplate jdbc) {
        return new KpiWrites(jdbc, false);
    }

    /** Every batch sent by {@link #flush}, in one round trip (PostgreSQL). */
    static KpiWrites together(JdbcTemplate jdbc) {
        return new KpiWrites(jdbc, true);
    }

    /** Runs {@code sql} once per row; {@code counts} (if not null) is given each row's count of changed rows. */
    void add(String sql, List<Object[]> rows, IntConsumer counts) {
        write(new Batch(sql, rows, counts, false));
    }

    /**
     * Inserts the rows; sent together, as one multi-row {@code INSERT} (one statement for the server to plan, not
     * one per row). Only for rows that differ in the conflict key: an upsert cannot change one row twice.
     */
    void insert(String sql, List<Object[]> rows) {
        write(new Batch(sql, rows, null, true));
    }

    /** Queues the batch (together) or sends it now. */
    private void write(Batch batch) {
        String sql = batch.sql();
        List<Object[]> rows = batch.rows();
        IntConsumer counts = batch.counts();
        if (rows.isEmpty()) {
            return;
        }
        if (together) {
            queued.add(batch);
            return;
        }
        int[] changed = jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                set(ps, 1, rows.get(i));
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
        if (counts != null) {
            for (int n : changed) {
                counts.accept(n);
            }
        }
    }

    /** Sends what was queued (nothing when sent at once). */
    void flush() {
        if (queued.isEmpty()) {
            return;
        }
        List<Batch> batches = List.copyOf(queued);
        queued.clear();
        List<String> statements = new ArrayList<>();
        for (Batch b : batches) {
            if (b.oneStatement()) {
                statements.add(rows(b.sql(), b.rows().size()));
            } else {
                b.rows().forEach(row -> statements.add(b.sql()));
            }
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement ps = connection.prepareStatement(String.join(SEPARATOR, statements))) {
                int index = 1;
                for (Batch b : batches) {
                    for (Object[] row : b.rows()) {
                        index = set(ps, index, row);
                    }
                }
                ps.execute();
                for (Batch b : batches) {
                    if (b.oneStatement()) {
                        ps.getMoreResults();
                        continue;
                    }
                    for (int i = 0; i < b.rows().size(); i++) {
                        if (b.counts() != null) {
                            b.counts().accept(ps.getUpdateCount());
                        }
                        ps.getMoreResults();
                    }
                }
            }
            return null;
        });
    }

    /** {@code INSERT … VALUES (?, …) …} with its tuple of placeholders repeated for {@code n} rows. */
    static String rows(String insert, int n) {
        int start = insert.indexOf("values (");
        int end = insert.indexOf(')', start);
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("Not an INSERT … VALUES (…): " + insert);
        }
        String tuple = insert.substring(start + "values ".length(), end + 1);
        return insert.substring(0, start + "values ".length()) + String.join(", ", Collections.nCopies(n, tuple))
                + insert.substring(end + 1);
    }

    /** Sets a row's values from {@code index}; returns the next index. */
    static int set(PreparedStatement ps, int index, Object[] row) throws SQLException {
        for (Object value : row) {
            if (value == null) {
                ps.setNull(index++, Types.NULL);
            } else {
                ps.setObject(index++, value);
            }
        }
        return index;
    }
}
