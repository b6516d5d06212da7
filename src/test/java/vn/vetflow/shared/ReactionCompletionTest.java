package vn.vetflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.support.VetflowTest;

/**
 * A reaction and the completion of its publication commit together ({@link ReactionCompletion}): the completion
 * is already written when the reaction's transaction is about to commit, and a reaction whose commit fails
 * leaves its publication incomplete, to run again. The reaction is {@link CompletionProbeReaction}.
 */
@VetflowTest
class ReactionCompletionTest {

    @Autowired
    CompletionProbeReaction probes;

    @Test
    void theCompletionIsWrittenInTheReactionsTransaction() {
        String id = probes.publish(false);

        await().atMost(Duration.ofSeconds(60)).until(() -> CompletionProbeReaction.seen.containsKey(id));
        assertThat(CompletionProbeReaction.seen.get(id)).isEqualTo(new CompletionProbeReaction.Seen(true, true));
        assertThat(probes.completionDate(id)).isNotNull();
    }

    @Test
    void aReactionWhoseCommitFailsLeavesItsPublicationIncomplete() {
        String id = probes.publish(true);
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> CompletionProbeReaction.seen.containsKey(id));
            // The completion was written inside the transaction, then rolled back with the reaction's work.
            assertThat(CompletionProbeReaction.seen.get(id)).isEqualTo(new CompletionProbeReaction.Seen(true, false));
            assertThat(probes.publication(id)).hasSize(1);
            assertThat(probes.completionDate(id)).isNull();
        } finally {
            probes.forget(id);
        }
    }
}
