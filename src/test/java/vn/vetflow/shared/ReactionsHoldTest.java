package vn.vetflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Reactions wait for the release when the hold is on (the demo's start-up) and run at once when it is off. */
class ReactionsHoldTest {

    @Test
    void aHeldReactionWaitsWithoutRunningUntilReleased() throws InterruptedException {
        ReactionsHold hold = new ReactionsHold(true);
        AtomicBoolean ran = new AtomicBoolean();
        Thread pool = new Thread(hold.decorate(() -> ran.set(true)));
        pool.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> pool.getState() == Thread.State.WAITING);
        assertThat(ran).isFalse();
        assertThat(hold.isHolding()).isTrue();

        hold.release();
        pool.join(Duration.ofSeconds(30).toMillis());
        assertThat(ran).isTrue();
        assertThat(hold.isHolding()).isFalse();
    }

    @Test
    void withoutTheHoldAReactionRunsAtOnce() {
        ReactionsHold hold = new ReactionsHold(false);
        AtomicBoolean ran = new AtomicBoolean();
        hold.decorate(() -> ran.set(true)).run();
        assertThat(ran).isTrue();
        assertThat(hold.isHolding()).isFalse();
    }
}
