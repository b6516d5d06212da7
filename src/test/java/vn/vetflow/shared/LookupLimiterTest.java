package vn.vetflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vetflow.support.VetflowTest;

/** The look-up limit is counted in the database: two nodes share one count per client and minute. */
@VetflowTest
class LookupLimiterTest {

    @Autowired JdbcClient jdbc;
    @Autowired AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twoNodesShareOneCountPerClientAndMinute() {
        sharedCount(jdbc, clock, "10.9.0.1");
    }

    /** Also run on PostgreSQL by {@link LookupLimiterPostgresTest}. */
    static void sharedCount(JdbcClient jdbc, AdjustableClock clock, String address) {
        // Five seconds into a minute, so the test stays inside it.
        clock.setTo(Instant.parse("2026-03-02T02:00:05Z"));
        LookupLimiter nodeA = new LookupLimiter(jdbc, clock, 3);
        LookupLimiter nodeB = new LookupLimiter(jdbc, clock, 3);

        assertThat(nodeA.tryAcquire(address)).isTrue();
        assertThat(nodeB.tryAcquire(address)).isTrue();
        assertThat(nodeA.tryAcquire(address)).isTrue();
        assertThat(nodeB.tryAcquire(address)).as("the fourth look-up of the minute, on either node").isFalse();
        assertThat(nodeA.tryAcquire(address + "0")).as("another client").isTrue();

        clock.advance(Duration.ofMinutes(1));
        assertThat(nodeB.tryAcquire(address)).as("a new minute").isTrue();
        long stored = jdbc.sql("select count(*) from lookup_window").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from lookup_window where client like '10.%'").query(Long.class).single())
                .as("addresses are stored hashed").isZero();

        clock.advance(Duration.ofMinutes(2));
        nodeA.dropPastWindows();
        assertThat(jdbc.sql("select count(*) from lookup_window").query(Long.class).single()).isLessThan(stored);
    }
}
