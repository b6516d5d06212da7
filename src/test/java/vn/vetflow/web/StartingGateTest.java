package vn.vetflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The demo answers pages only once its data is loaded: 503 with Retry-After and the "starting" message while
 * the readiness state refuses traffic, the application's calls to its own simulators let through; open for
 * good once ready. Only the demo profile switches it on.
 */
class StartingGateTest {

    private final AtomicReference<ReadinessState> readiness = new AtomicReference<>(ReadinessState.REFUSING_TRAFFIC);
    private final StartingGate gate = new StartingGate(new ApplicationAvailability() {
        @Override
        public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
            return getState(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <S extends AvailabilityState> S getState(Class<S> type) {
            return type == ReadinessState.class ? (S) readiness.get() : (S) LivenessState.CORRECT;
        }

        @Override
        public <S extends AvailabilityState> org.springframework.boot.availability.AvailabilityChangeEvent<S>
                getLastChangeEvent(Class<S> type) {
            return null;
        }
    });

    @Test
    void pagesWaitUntilTheApplicationIsReadyThenStayOpen() throws Exception {
        MockHttpServletResponse starting = get("/portal/dossiers");
        assertThat(starting.getStatus()).isEqualTo(503);
        assertThat(starting.getHeader("Retry-After")).isEqualTo(StartingGate.RETRY_AFTER_SECONDS);
        assertThat(starting.getErrorMessage()).isNull();

        readiness.set(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(get("/portal/dossiers").getStatus()).isEqualTo(200);
        readiness.set(ReadinessState.REFUSING_TRAFFIC);
        assertThat(get("/").getStatus()).as("a later refusal is not a start-up").isEqualTo(200);
    }

    @Test
    void theStartingMessageIsNamedForTheErrorPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        gate.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(request.getAttribute(ErrorAnswers.MESSAGE_KEY)).isEqualTo("web.starting.detail");
    }

    @Test
    void theApplicationsCallsToItsOwnSimulatorsGoThroughWhileStarting() throws Exception {
        for (String path : new String[] {"/national-portal-simulator/api/statuses", "/csc-simulator/csc/v1/signatures",
                "/tsa-simulator/tsa", "/actuator/health/readiness"}) {
            assertThat(get(path).getStatus()).as(path).isEqualTo(200);
        }
        assertThat(get("/national-portal-simulator").getStatus()).as("the simulator's page is a page").isEqualTo(503);
    }

    @Test
    void onlyTheDemoProfileSwitchesItOn() throws Exception {
        assertThat(property("application-demo.yml")).isEqualTo(true);
        assertThat(property("application.yml")).isNull();
        assertThat(property("application-postgres.yml")).isNull();
    }

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }

    private static Object property(String file) throws Exception {
        for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
            Object value = source.getProperty("vetflow.web.starting-gate");
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
