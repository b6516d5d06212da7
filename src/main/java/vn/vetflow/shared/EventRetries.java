package vn.vetflow.shared;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries the reactions to committed changes that have not completed: a listener that failed (mail
 * server down, a conflict) or was cut off by a crash stays in the event publication registry and is
 * resubmitted here, on one node of the cluster at a time. A reaction with a transaction of its own records its
 * completion in that transaction ({@link ReactionCompletion}), so one that committed does not run again; the
 * KPI refresh, which commits before its completion is recorded, recomputes the case and may run twice.
 */
@Component
public class EventRetries {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventRetries(IncompleteEventPublications incomplete,
            @Value("${vetflow.events.retry-older-than:PT1M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${vetflow.events.retry-every:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "event-retries", lockAtMostFor = "PT5M")
    void scheduledRetry() {
        retryOlderThan(olderThan);
    }

    /** Resubmits every incomplete publication older than the given age. */
    public void retryOlderThan(Duration age) {
        log.debug("Resubmitting event publications incomplete for more than {}", age);
        incomplete.resubmitIncompletePublicationsOlderThan(age);
    }
}
