package vn.vetflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.EventPublications;
import vn.vetflow.support.PostgresDatabase;
import vn.vetflow.support.PostgresTest;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.WebSession;

/**
 * The database goes away (connections refused, open ones killed): pages and the API answer 503 with a clear
 * message within a few seconds, not a 500 after 30 s; when the database is back the application recovers
 * without a restart.
 */
class DatabaseOutageTest extends PostgresTest {

    static final String PASSWORD = "outage-password-1";

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired EventPublications publications;

    @AfterEach
    void databaseBack() throws SQLException {
        allowConnections(true);
    }

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversByItself() throws SQLException {
        users.ensure("outageapplicant", PASSWORD, Roles.APPLICANT);
        WebSession applicant = new WebSession(port);
        assertThat(applicant.login("outageapplicant", PASSWORD)).isTrue();
        assertThat(applicant.get("/my/dossiers").statusCode()).isEqualTo(200);
        // Earlier tests' reactions finish first: one cut off here would fail, and tests run no scheduled retry.
        publications.awaitReactions();

        allowConnections(false);

        long start = System.nanoTime();
        HttpResponse<String> page = applicant.get("/my/dossiers");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Hệ thống tạm thời gián đoạn").contains("cơ sở dữ liệu");
        // The pool gives up after its connection-timeout (3 s); far below the 30 s default, with room for a busy box.
        assertThat(took).isLessThan(Duration.ofSeconds(15));

        HttpResponse<String> api = new WebSession(port).get("/api/v1/dossiers", "Authorization",
                WebSession.basic("outageapplicant", PASSWORD), "Accept-Language", "en");
        assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("Service temporarily unavailable");

        allowConnections(true);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> applicant.get("/my/dossiers").statusCode() == 200);
        assertThat(new WebSession(port).get("/api/v1/dossiers", "Authorization",
                WebSession.basic("outageapplicant", PASSWORD)).statusCode()).isEqualTo(200);
    }

    /** Refuses (and cuts) every connection to this run's database, or lets them in again. */
    private static void allowConnections(boolean allowed) throws SQLException {
        String url = PostgresDatabase.url();
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                "postgres", ""); Statement statement = admin.createStatement()) {
            statement.execute("alter database " + name + " allow_connections " + allowed);
            if (!allowed) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name
                        + "' and pid <> pg_backend_pid()");
            }
        }
    }
}
