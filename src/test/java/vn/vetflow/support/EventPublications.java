package vn.vetflow.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import vn.vetflow.shared.DocumentReaction;

/**
 * Waits for the asynchronous reactions to committed changes (read models, mails, documents) recorded in the event
 * publication registry: a test takes a {@link #snapshot()} of what is pending before acting, then
 * {@link #awaitReactions(Set)} waits until every publication made since has completed.
 *
 * <p>Tests run no scheduled work, so the application's retry of failed reactions ({@code shared.EventRetries},
 * every minute) does not run either: a reaction that failed (one whose connection the outage test cut, say) would
 * stay incomplete and hold every later wait of the context. After a first minute, the reactions still incomplete
 * while no reaction runs or waits in either executor are resubmitted once, as the retry would; a wait that still
 * has not ended a minute later fails with what is outstanding, so the build's output says which reaction it was.
 */
@Component
public class EventPublications {

    private static final Logger log = LoggerFactory.getLogger(EventPublications.class);
    private static final Duration EACH_WAIT = Duration.ofSeconds(60);

    private final JdbcTemplate jdbc;
    private final IncompleteEventPublications incomplete;
    private final Map<String, ThreadPoolTaskExecutor> executors;

    EventPublications(JdbcTemplate jdbc, IncompleteEventPublications incomplete,
                      @Qualifier("taskExecutor") ThreadPoolTaskExecutor reactions,
                      @Qualifier(DocumentReaction.EXECUTOR) ThreadPoolTaskExecutor documents) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.executors = Map.of("reactions", reactions, "documents", documents);
    }

    /** The publications incomplete now (those of other tests, which this test does not wait for). */
    public Set<UUID> snapshot() {
        return new HashSet<>(incomplete());
    }

    /** Waits until no publication is incomplete except those in the snapshot. */
    public void awaitReactions(Set<UUID> before) {
        awaitReactions(before, EACH_WAIT);
    }

    /** Waits until every publication made so far by this test's context has completed (others' included). */
    public void awaitReactions() {
        awaitReactions(Set.of());
    }

    /** The same with waits of the given length (a minute each above; {@code EventPublicationsTest}'s are short). */
    void awaitReactions(Set<UUID> before, Duration eachWait) {
        try {
            waitUntilDone(before, eachWait);
            return;
        } catch (ConditionTimeoutException firstWait) {
            // Still running or queued on a slow machine: wait as long again. Nothing running: they failed.
            if (executorsIdle()) {
                resubmitFailed(before, eachWait);
            }
        }
        try {
            waitUntilDone(before, eachWait);
        } catch (ConditionTimeoutException secondWait) {
            throw outstanding(before, secondWait);
        }
    }

    /** Nothing runs or waits in the executors: what is still incomplete failed. */
    private void resubmitFailed(Set<UUID> before, Duration waited) {
        Set<UUID> failed = new HashSet<>(incomplete());
        failed.removeAll(before);
        log.warn("Reactions incomplete after {} with no reaction running: resubmitted as the application's retry"
                + " would: {}", waited, describe(failed));
        incomplete.resubmitIncompletePublications(publication -> failed.contains(publication.getIdentifier()));
    }

    private void waitUntilDone(Set<UUID> before, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(() -> before.containsAll(incomplete()));
    }

    private boolean executorsIdle() {
        return executors.values().stream().allMatch(executor -> executor.getActiveCount() == 0
                && executor.getThreadPoolExecutor().getQueue().isEmpty());
    }

    private AssertionError outstanding(Set<UUID> before, ConditionTimeoutException cause) {
        Set<UUID> left = new HashSet<>(incomplete());
        left.removeAll(before);
        String running = executors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().getActiveCount()
                + " running, " + e.getValue().getThreadPoolExecutor().getQueue().size() + " queued")
                .collect(Collectors.joining("; "));
        return new AssertionError("Reactions still incomplete (" + running + "): " + describe(left), cause);
    }

    /** Each publication's listener and event, for the failure's message. */
    private String describe(Set<UUID> ids) {
        return jdbc.queryForList("select id, listener_id, event_type, publication_date from event_publication"
                        + " where completion_date is null").stream()
                .filter(row -> ids.contains(UUID.fromString(String.valueOf(row.get("id")))))
                .map(row -> row.get("listener_id") + " <- " + row.get("event_type") + " published "
                        + row.get("publication_date"))
                .collect(Collectors.joining("; ", "[", "]"));
    }

    private List<UUID> incomplete() {
        return jdbc.queryForList("select id from event_publication where completion_date is null", UUID.class);
    }
}
