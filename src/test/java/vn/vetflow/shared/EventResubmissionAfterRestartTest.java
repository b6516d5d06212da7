package vn.vetflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.VetflowApplication;
import vn.vetflow.support.TestClockConfiguration;

/**
 * A reaction that fails is not lost when the node stops: its publication stays incomplete in the event
 * publication registry, and the next application started over the same database (an H2 file in target/)
 * resubmits it on start ({@code spring.modulith.events.republish-outstanding-events-on-restart}), where it
 * completes, once.
 */
class EventResubmissionAfterRestartTest {

    /** The event of this test only. */
    record RestartProbe(String id) {
    }

    /** Fails while {@link #failing} is set, as a mail server or a bug would; records every run that succeeds. */
    static class ProbeListener {
        static volatile boolean failing;
        static final List<String> attempts = new CopyOnWriteArrayList<>();
        static final List<String> completed = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(RestartProbe probe) {
            attempts.add(probe.id());
            if (failing) {
                throw new IllegalStateException("the first attempt fails (test)");
            }
            completed.add(probe.id());
        }
    }

    @Test
    void aFailedReactionIsResubmittedByTheNextStartAndCompletesOnce() throws IOException {
        String database = Path.of("target", "restart-test-" + UUID.randomUUID()).toAbsolutePath().toString();
        String id = UUID.randomUUID().toString();
        ProbeListener.failing = true;

        try (ConfigurableApplicationContext first = start(database)) {
            assertThat(first.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:");
            TransactionTemplate transaction = first.getBean(TransactionTemplate.class);
            ApplicationEventPublisher events = first;
            transaction.executeWithoutResult(status -> events.publishEvent(new RestartProbe(id)));
            await().atMost(Duration.ofSeconds(60)).until(() -> ProbeListener.attempts.contains(id));
            // The failed run leaves its publication incomplete; the node then stops.
            await().atMost(Duration.ofSeconds(60)).until(() -> publication(first, id) != null);
            assertThat(publication(first, id)).containsEntry("COMPLETION_DATE", null);
        }
        assertThat(ProbeListener.completed).doesNotContain(id);

        ProbeListener.failing = false;
        try (ConfigurableApplicationContext second = start(database)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> ProbeListener.completed.contains(id));
            await().atMost(Duration.ofSeconds(60)).until(() -> publication(second, id).get("COMPLETION_DATE") != null);
            // A periodic retry afterwards finds nothing to resubmit: the reaction ran exactly once more.
            second.getBean(EventRetries.class).retryOlderThan(Duration.ZERO);
            assertThat(ProbeListener.completed.stream().filter(id::equals)).hasSize(1);
            assertThat(ProbeListener.attempts.stream().filter(id::equals)).hasSize(2);
        } finally {
            Files.deleteIfExists(Path.of(database + ".mv.db"));
            Files.deleteIfExists(Path.of(database + ".trace.db"));
        }
    }

    private static Map<String, Object> publication(ConfigurableApplicationContext context, String id) {
        List<Map<String, Object>> rows = context.getBean(JdbcTemplate.class).queryForList(
                "select completion_date from event_publication where event_type = ? and serialized_event like ?",
                RestartProbe.class.getName(), "%" + id + "%");
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** vetflow as the suite runs it (test profile), on the file database, with the probe's listener. */
    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(VetflowApplication.class, TestClockConfiguration.class, ProbeListener.class)
                .profiles("test")
                // Arguments, not default properties: these must win over application.yml's in-memory database.
                .run("--spring.datasource.url=jdbc:h2:file:" + database + ";LOCK_TIMEOUT=30000", "--server.port=0",
                        "--spring.jmx.enabled=false");
    }
}
