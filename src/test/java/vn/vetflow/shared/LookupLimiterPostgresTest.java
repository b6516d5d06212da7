package vn.vetflow.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vetflow.support.PostgresTest;

/** The database-backed look-up limit on PostgreSQL. */
class LookupLimiterPostgresTest extends PostgresTest {

    @Autowired JdbcClient jdbc;
    @Autowired AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twoNodesShareOneCountPerClientAndMinute() {
        LookupLimiterTest.sharedCount(jdbc, clock, "10.9.1.1");
    }
}
