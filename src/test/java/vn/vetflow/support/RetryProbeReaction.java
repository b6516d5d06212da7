package vn.vetflow.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A probe reaction for {@link EventPublicationsTest}: it fails the first {@code failures} times it runs for a
 * probe, then succeeds. A top-level class: the test context's scan leaves out the types nested in test classes.
 */
@Component
class RetryProbeReaction {

    record RetryProbe(String id, int failures) {
    }

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    RetryProbeReaction(TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.transaction = transaction;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(RetryProbe probe) {
        if (runs.computeIfAbsent(probe.id(), id -> new AtomicInteger()).incrementAndGet() <= probe.failures()) {
            throw new IllegalStateException("the probe's reaction fails (test)");
        }
    }

    /** Publishes a probe in a transaction of its own; returns its id. */
    String publish(int failures) {
        String id = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> events.publishEvent(new RetryProbe(id, failures)));
        return id;
    }

    int runs(String id) {
        AtomicInteger count = runs.get(id);
        return count == null ? 0 : count.get();
    }
}
