package vn.vetflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.support.VetflowTest;

/**
 * A reaction and the completion of its publication commit together ({@link ReactionCompletion}): the completion
 * is already written when the reaction's transaction is about to commit, and a reaction whose commit fails
 * leaves its publication incomplete, to run again. The reaction is {@link CompletionProbeReaction}.
 */
@VetflowTest
class ReactionCompletionTest {

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCompletionIsWrittenInTheReactionsTransaction() {
        String id = publish(false);

        await().atMost(Duration.ofSeconds(60)).until(() -> CompletionProbeReaction.seen.containsKey(id));
        assertThat(CompletionProbeReaction.seen.get(id)).isEqualTo(new CompletionProbeReaction.Seen(true, true));
        assertThat(completionDate(jdbc, id)).isNotNull();
    }

    @Test
    void aReactionWhoseCommitFailsLeavesItsPublicationIncomplete() {
        String id = publish(true);
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> CompletionProbeReaction.seen.containsKey(id));
            // The completion was written inside the transaction, then rolled back with the reaction's work.
            assertThat(CompletionProbeReaction.seen.get(id)).isEqualTo(new CompletionProbeReaction.Seen(true, false));
            assertThat(publication(jdbc, id)).hasSize(1);
            assertThat(completionDate(jdbc, id)).isNull();
        } finally {
            // Other tests wait for every incomplete publication: this one must not outlive the test.
            jdbc.update("delete from event_publication where event_type = ? and serialized_event like ?",
                    CompletionProbeReaction.CompletionProbe.class.getName(), "%" + id + "%");
        }
    }

    private String publish(boolean failAtCommit) {
        String id = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> events.publishEvent(new CompletionProbeReaction.CompletionProbe(id, failAtCommit)));
        return id;
    }

    static List<Map<String, Object>> publication(JdbcTemplate jdbc, String id) {
        return jdbc.queryForList("select completion_date from event_publication where event_type = ?"
                + " and serialized_event like ?", CompletionProbeReaction.CompletionProbe.class.getName(), "%" + id + "%");
    }

    static Object completionDate(JdbcTemplate jdbc, String id) {
        List<Map<String, Object>> rows = publication(jdbc, id);
        return rows.isEmpty() ? null : rows.get(0).get("completion_date");
    }
}
