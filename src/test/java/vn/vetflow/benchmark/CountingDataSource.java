package vn.vetflow.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what a data source's users ask of the database: statements (each of a batch counts, and each of several
 * sent as one), round trips (a batch is one), batches, commits (explicit, and writes in auto-commit mode) and connections borrowed, each on the "request" side when the current thread is one
 * of the benchmark's drivers and on the "background" side otherwise (listeners, document preparation,
 * KPI upkeep). With {@code detail} it also counts statements by their SQL shape (literals and IN lists
 * folded), to show where they come from, and explicit commits by the innermost vetflow method that asked for them.
 */
final class CountingDataSource extends DelegatingDataSource {

    /** The figures of one side; a snapshot is a plain copy. */
    record Counts(long statements, long roundTrips, long batches, long commits, long connections) {

        Counts minus(Counts earlier) {
            return new Counts(statements - earlier.statements, roundTrips - earlier.roundTrips,
                    batches - earlier.batches, commits - earlier.commits, connections - earlier.connections);
        }

        Counts plus(Counts other) {
            return new Counts(statements + other.statements, roundTrips + other.roundTrips,
                    batches + other.batches, commits + other.commits, connections + other.connections);
        }
    }

    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");
    private static final Pattern LIST = Pattern.compile("\\(\\s*\\?(?:\\s*,\\s*\\?)+\\s*\\)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Predicate<Thread> requestPath;
    private final boolean detail;
    private final Side request = new Side();
    private final Side background = new Side();

    CountingDataSource(DataSource target, Predicate<Thread> requestPath, boolean detail) {
        super(target);
        this.requestPath = requestPath;
        this.detail = detail;
    }

    Counts request() {
        return request.snapshot();
    }

    Counts background() {
        return background.snapshot();
    }

    /** Statement counts by SQL shape of one side since the last reset. */
    Map<String, Long> shapes(boolean requestSide) {
        Map<String, Long> copy = new java.util.TreeMap<>();
        (requestSide ? request : background).shapes.forEach((sql, n) -> copy.put(sql, n.sum()));
        return copy;
    }

    void resetShapes() {
        request.shapes.clear();
        background.shapes.clear();
    }

    @Override
    public Connection getConnection() throws SQLException {
        side().connections.increment();
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        side().connections.increment();
        return wrap(super.getConnection(username, password));
    }

    private Side side() {
        return requestPath.test(Thread.currentThread()) ? request : background;
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                new ConnectionCounter(connection));
    }

    static String shape(String sql) {
        String folded = NUMBER.matcher(STRING.matcher(sql).replaceAll("?")).replaceAll("?");
        folded = LIST.matcher(SPACE.matcher(folded).replaceAll(" ").strip()).replaceAll("(?…)");
        return folded.length() > 220 ? folded.substring(0, 220) + "…" : folded;
    }

    /** The innermost method of ours that asked for the commit (listed with the shapes, marked [commit]). */
    private static String committer() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("vn.vetflow.") && !f.getClassName().contains("CountingDataSource")
                        && !f.getClassName().contains("$$"))
                .findFirst().map(f -> f.getClassName().replace("vn.vetflow.", "") + "." + f.getMethodName())
                .orElse("(outside vetflow)"));
    }

    private static boolean isQuery(String sql) {
        return sql != null && sql.stripLeading().regionMatches(true, 0, "select", 0, 6);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static final class Side {
        final LongAdder statements = new LongAdder();
        final LongAdder roundTrips = new LongAdder();
        final LongAdder batches = new LongAdder();
        final LongAdder commits = new LongAdder();
        final LongAdder connections = new LongAdder();
        final Map<String, LongAdder> shapes = new ConcurrentHashMap<>();

        Counts snapshot() {
            return new Counts(statements.sum(), roundTrips.sum(), batches.sum(), commits.sum(), connections.sum());
        }
    }

    private final class ConnectionCounter implements InvocationHandler {
        private final Connection target;

        ConnectionCounter(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(target, method, args);
            switch (method.getName()) {
                case "commit" -> {
                    side().commits.increment();
                    if (detail) {
                        side().shapes.computeIfAbsent("[commit] " + committer(), k -> new LongAdder()).increment();
                    }
                }
                case "prepareStatement" -> {
                    return statement(PreparedStatement.class, (Statement) result, (String) args[0]);
                }
                case "prepareCall" -> {
                    return statement(CallableStatement.class, (Statement) result, (String) args[0]);
                }
                case "createStatement" -> {
                    return statement(Statement.class, (Statement) result, null);
                }
                default -> {
                }
            }
            return result;
        }

        private Object statement(Class<?> type, Statement statement, String sql) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                    new StatementCounter(statement, sql, this));
        }

        /** Statements run outside a transaction commit on their own. */
        boolean autoCommit() {
            try {
                return target.getAutoCommit();
            } catch (SQLException e) {
                return false;
            }
        }
    }

    private final class StatementCounter implements InvocationHandler {
        private final Statement target;
        private final String sql;
        private final ConnectionCounter connection;
        private String lastBatchSql;

        StatementCounter(Statement target, String sql, ConnectionCounter connection) {
            this.target = target;
            this.sql = sql;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("addBatch")) {
                // Each statement of a batch counts; the batch is one round trip.
                side().statements.increment();
                if (args != null && args.length == 1) {
                    lastBatchSql = (String) args[0];
                }
            }
            if (name.startsWith("execute")) {
                Side side = side();
                String text = args != null && args.length > 0 && args[0] instanceof String s ? s
                        : sql != null ? sql : lastBatchSql;
                boolean batch = name.equals("executeBatch") || name.equals("executeLargeBatch");
                // Several statements in one (separated by ";" and a line break, as kpi/KpiWrites and kpi/KpiUpkeep
                // send them): each counts, the whole is one round trip.
                List<String> parts = batch || text == null ? Arrays.asList(text) : Arrays.asList(text.split(";\n"));
                if (batch) {
                    side.batches.increment();
                } else {
                    side.statements.add(parts.size());
                }
                side.roundTrips.increment();
                if (connection.autoCommit() && !isQuery(text)) {
                    // A write outside a transaction commits on its own; a lone query writes nothing to commit.
                    side.commits.increment();
                }
                if (detail) {
                    for (String part : parts) {
                        String key = (batch ? "[batch] " : "") + shape(String.valueOf(part));
                        side.shapes.computeIfAbsent(key, k -> new LongAdder()).increment();
                    }
                }
            }
            return call(target, method, args);
        }
    }
}
