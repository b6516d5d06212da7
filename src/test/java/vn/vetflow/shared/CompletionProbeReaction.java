package vn.vetflow.shared;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A probe reaction for the tests of the event publication registry ({@link ReactionCompletionTest},
 * {@link CompletedEventsCleanupTest}): it records, just before its transaction commits, whether its own
 * publication is already marked completed, and how the transaction ended; the tests publish probes and read
 * their publications through it. A top-level class: the test context's scan leaves out the types nested in test
 * classes. It reacts to its own event only.
 */
@Component
class CompletionProbeReaction {

    /** The event of the probe only; {@code failAtCommit} makes the reaction's commit fail. */
    record CompletionProbe(String id, boolean failAtCommit) {
    }

    /** What the reaction saw of its own publication just before its commit, and how its transaction ended. */
    record Seen(boolean completedBeforeCommit, boolean committed) {
    }

    static final Map<String, Seen> seen = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    CompletionProbeReaction(JdbcTemplate jdbc, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(CompletionProbe probe) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            private boolean completedBeforeCommit;

            @Override
            public void beforeCommit(boolean readOnly) {
                // The reaction's own connection: it sees what its transaction wrote and has not committed.
                completedBeforeCommit = completionDate(probe.id()) != null;
                if (probe.failAtCommit()) {
                    throw new IllegalStateException("the reaction's commit fails (test)");
                }
            }

            @Override
            public void afterCompletion(int status) {
                seen.put(probe.id(), new Seen(completedBeforeCommit, status == STATUS_COMMITTED));
            }
        });
    }

    /** Publishes a probe in a transaction of its own; returns its id. */
    String publish(boolean failAtCommit) {
        String id = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> events.publishEvent(new CompletionProbe(id, failAtCommit)));
        return id;
    }

    /** The probe's publication rows (one, or none once deleted), with their completion date. */
    List<Map<String, Object>> publication(String id) {
        return jdbc.queryForList("select completion_date from event_publication where event_type = ?"
                + " and serialized_event like ?", CompletionProbe.class.getName(), "%" + id + "%");
    }

    /** When the probe's publication completed; null while incomplete (or deleted). */
    Object completionDate(String id) {
        List<Map<String, Object>> rows = publication(id);
        return rows.isEmpty() ? null : rows.get(0).get("completion_date");
    }

    /** Deletes the probe's publication: other tests wait for every incomplete one. */
    void forget(String id) {
        jdbc.update("delete from event_publication where event_type = ? and serialized_event like ?",
                CompletionProbe.class.getName(), "%" + id + "%");
    }
}
