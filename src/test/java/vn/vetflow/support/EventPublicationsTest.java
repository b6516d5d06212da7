package vn.vetflow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The wait for reactions outlives a failed reaction: tests run no scheduled retry, so the wait resubmits what is
 * incomplete while nothing runs, and fails naming the reaction when that does not help either.
 */
@VetflowTest
class EventPublicationsTest {

    private static final Duration SHORT = Duration.ofSeconds(3);

    @Autowired EventPublications publications;
    @Autowired RetryProbeReaction probes;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aReactionThatFailedOnceIsResubmittedAndTheWaitEnds() {
        publications.awaitReactions(); // the reactions of earlier tests: the executors are idle from here
        Set<UUID> before = publications.snapshot();
        String id = probes.publish(1);

        publications.awaitReactions(before, SHORT);

        assertThat(probes.runs(id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                + " and serialized_event like ?", Integer.class, "%" + id + "%")).isZero();
    }

    @Test
    void aReactionThatKeepsFailingFailsTheWaitWithItsName() {
        publications.awaitReactions();
        Set<UUID> before = publications.snapshot();
        String id = probes.publish(5);
        try {
            assertThatThrownBy(() -> publications.awaitReactions(before, SHORT))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Reactions still incomplete")
                    .hasMessageContaining("RetryProbeReaction.on")
                    .hasMessageContaining("RetryProbe");
            // Resubmitted once, after the first wait; the second run failed too.
            await().atMost(Duration.ofSeconds(60)).until(() -> probes.runs(id) == 2);
        } finally {
            // Other tests wait for every reaction of the context: this one's must not stay behind.
            jdbc.update("delete from event_publication where serialized_event like ?", "%" + id + "%");
        }
    }
}
