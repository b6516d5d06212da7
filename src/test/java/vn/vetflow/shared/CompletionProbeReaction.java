package vn.vetflow.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reaction of {@link ReactionCompletionTest}: records, just before its transaction commits, whether its own
 * publication is already marked completed, and how the transaction ended. A top-level class: the test context's
 * scan leaves out the types nested in test classes. It reacts to its own event only.
 */
@Component
class CompletionProbeReaction {

    /** The event of the test only; {@code failAtCommit} makes the reaction's commit fail. */
    record CompletionProbe(String id, boolean failAtCommit) {
    }

    /** What the reaction saw of its own publication just before its commit, and how its transaction ended. */
    record Seen(boolean completedBeforeCommit, boolean committed) {
    }

    static final Map<String, Seen> seen = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;

    CompletionProbeReaction(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(CompletionProbe probe) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            private boolean completedBeforeCommit;

            @Override
            public void beforeCommit(boolean readOnly) {
                // The reaction's own connection: it sees what its transaction wrote and has not committed.
                completedBeforeCommit = ReactionCompletionTest.completionDate(jdbc, probe.id()) != null;
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
}
