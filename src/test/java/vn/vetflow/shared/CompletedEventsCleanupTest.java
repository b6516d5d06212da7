package vn.vetflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.support.VetflowTest;

/**
 * The nightly clean-up deletes publications completed before the limit, and keeps those completed since and
 * every incomplete one, however old. The publications are those of {@link CompletionProbeReaction}.
 */
@VetflowTest
class CompletedEventsCleanupTest {

    @Autowired
    CompletedEventsCleanup cleanup;
    @Autowired
    CompletionProbeReaction probes;
    @Autowired
    JdbcTemplate jdbc;
    /** The registry's clock (tests may have moved it): "100 days ago" is by it. */
    @Autowired
    Clock clock;

    @Test
    void deletesOnlyWhatCompletedBeforeTheLimit() {
        Instant hundredDaysAgo = clock.instant().minus(Duration.ofDays(100));
        String old = completed();
        String recent = completed();
        String failing = probes.publish(true);
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> CompletionProbeReaction.seen.containsKey(failing));
            jdbc.update("update event_publication set publication_date = ?, completion_date = ? where "
                    + "serialized_event like ?", Timestamp.from(hundredDaysAgo), Timestamp.from(hundredDaysAgo),
                    "%" + old + "%");
            jdbc.update("update event_publication set publication_date = ? where serialized_event like ?",
                    Timestamp.from(hundredDaysAgo), "%" + failing + "%");

            cleanup.deleteCompletedOlderThan(Duration.ofDays(90));

            assertThat(probes.publication(old)).isEmpty();
            assertThat(probes.publication(recent)).hasSize(1);
            assertThat(probes.publication(failing)).hasSize(1);
            assertThat(probes.completionDate(failing)).isNull();
        } finally {
            probes.forget(failing);
        }
    }

    /** A probe whose reaction completed. */
    private String completed() {
        String id = probes.publish(false);
        await().atMost(Duration.ofSeconds(60)).until(() -> probes.completionDate(id) != null);
        return id;
    }
}
