package vn.vetflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.support.VetflowTest;

/**
 * The nightly clean-up deletes publications completed before the limit, and keeps those completed since and
 * every incomplete one, however old.
 */
@VetflowTest
class CompletedEventsCleanupTest {

    @Autowired
    CompletedEventsCleanup cleanup;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
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
        String failing = publish(true);
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> CompletionProbeReaction.seen.containsKey(failing));
            jdbc.update("update event_publication set publication_date = ?, completion_date = ? where "
                    + "serialized_event like ?", Timestamp.from(hundredDaysAgo), Timestamp.from(hundredDaysAgo),
                    "%" + old + "%");
            jdbc.update("update event_publication set publication_date = ? where serialized_event like ?",
                    Timestamp.from(hundredDaysAgo), "%" + failing + "%");

            cleanup.deleteCompletedOlderThan(Duration.ofDays(90));

            assertThat(ReactionCompletionTest.publication(jdbc, old)).isEmpty();
            assertThat(ReactionCompletionTest.publication(jdbc, recent)).hasSize(1);
            assertThat(ReactionCompletionTest.publication(jdbc, failing)).hasSize(1);
            assertThat(ReactionCompletionTest.completionDate(jdbc, failing)).isNull();
        } finally {
            // Other tests wait for every incomplete publication: this one must not outlive the test.
            jdbc.update("delete from event_publication where serialized_event like ?", "%" + failing + "%");
        }
    }

    /** A probe whose reaction completed. */
    private String completed() {
        String id = publish(false);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> ReactionCompletionTest.completionDate(jdbc, id) != null);
        return id;
    }

    private String publish(boolean failAtCommit) {
        String id = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status ->
                events.publishEvent(new CompletionProbeReaction.CompletionProbe(id, failAtCommit)));
        return id;
    }
}
