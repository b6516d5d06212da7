package vn.vetflow.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Waits for the asynchronous reactions to committed changes (read models, mails) recorded in the event
 * publication registry: a test takes a {@link #snapshot()} of what is pending before acting, then
 * {@link #awaitReactions(Set)} waits until every publication made since has completed.
 */
@Component
public class EventPublications {

    private final JdbcTemplate jdbc;

    EventPublications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The publications incomplete now (those of other tests, which this test does not wait for). */
    public Set<UUID> snapshot() {
        return new HashSet<>(incomplete());
    }

    /** Waits until no publication is incomplete except those in the snapshot. */
    public void awaitReactions(Set<UUID> before) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> before.containsAll(incomplete()));
    }

    /** Waits until every publication made so far by this test's context has completed (others' included). */
    public void awaitReactions() {
        awaitReactions(Set.of());
    }

    private List<UUID> incomplete() {
        return jdbc.queryForList("select id from event_publication where completion_date is null", UUID.class);
    }
}
