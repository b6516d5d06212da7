package vn.vetflow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.opentest4j.TestAbortedException;

/**
 * A fresh PostgreSQL database for this test run on 127.0.0.1:5432 (user postgres, trust auth, as on the
 * project's machines). Without a server the PostgreSQL tests skip, unless {@code vetflow.require-postgres}
 * is true (CI), where they fail.
 */
public final class PostgresDatabase {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static String url;

    private PostgresDatabase() {
    }

    /** The database of this test run, created on first use. */
    public static synchronized String url() {
        if (url == null) {
            url = freshUrl();
        }
        return url;
    }

    /** Another new, empty database. */
    public static String freshUrl() {
        String name = "vetflow_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            if (Boolean.getBoolean("vetflow.require-postgres")) {
                throw new IllegalStateException("PostgreSQL is required (vetflow.require-postgres) but "
                        + SERVER + " did not answer: " + e.getMessage(), e);
            }
            throw new TestAbortedException("No PostgreSQL server on " + SERVER + ": " + e.getMessage());
        }
        return SERVER + name;
    }
}
