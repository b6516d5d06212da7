package vn.vetflow.nationalportal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sync queue at a glance for the operators' menu: statuses waiting, failing, and the oldest one's age. */
@Component
public class PortalQueue {

    public record Figures(long pending, long failing, long oldestMinutes) {
    }

    private final Outbox outbox;
    private final Clock clock;

    PortalQueue(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Figures figures() {
        Outbox.Summary summary = outbox.waiting();
        long age = summary.oldestPending() == null ? 0
                : Math.max(0, Duration.between(summary.oldestPending(), clock.instant()).toMinutes());
        return new Figures(summary.pending(), summary.failing(), age);
    }
}
