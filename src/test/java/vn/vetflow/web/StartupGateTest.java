package vn.vetflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Requests that arrive before the application is ready wait for it; probes pass at once. */
class StartupGateTest {

    private final StartupGate gate = new StartupGate();

    @Test
    void aPageRequestedDuringStartupWaitsUntilTheApplicationAcceptsTraffic() throws Exception {
        AtomicBoolean served = new AtomicBoolean();
        Thread visitor = new Thread(() -> {
            try {
                gate.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                        (request, response) -> served.set(true));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        visitor.start();
        await().until(() -> visitor.getState() == Thread.State.TIMED_WAITING);
        assertThat(served).isFalse();

        gate.on(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        assertThat(served).isFalse();
        gate.on(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        visitor.join();
        assertThat(served).isTrue();
    }

    @Test
    void theActuatorsProbesAnswerDuringStartup() throws Exception {
        AtomicBoolean served = new AtomicBoolean();
        gate.doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"), new MockHttpServletResponse(),
                (request, response) -> served.set(true));
        assertThat(served).isTrue();
    }

    @Test
    void onceReadyEveryRequestPassesAtOnce() throws Exception {
        gate.on(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        AtomicBoolean served = new AtomicBoolean();
        gate.doFilter(new MockHttpServletRequest("GET", "/workspace"), new MockHttpServletResponse(),
                (request, response) -> served.set(true));
        assertThat(served).isTrue();
    }
}
