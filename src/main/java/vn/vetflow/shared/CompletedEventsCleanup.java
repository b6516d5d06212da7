package vn.vetflow.shared;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry from growing without end: every night, one node deletes the publications
 * completed more than {@code vetflow.events.keep-completed} ago (90 days by default). A dossier's lifecycle leaves
 * about ten rows there; the incomplete ones, which {@link EventRetries} still has to run, are never deleted (only
 * rows with a completion date before the limit go). What a reaction did stays in its own tables (history lines,
 * documents, mails, the audit trail): the registry only tells which reactions still have to run.
 */
@Component
public class CompletedEventsCleanup {

    private static final Logger log = LoggerFactory.getLogger(CompletedEventsCleanup.class);

    private final CompletedEventPublications completed;
    private final Duration keep;

    CompletedEventsCleanup(CompletedEventPublications completed,
                           @Value("${vetflow.events.keep-completed:P90D}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(cron = "${vetflow.events.cleanup-cron:0 40 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "event-cleanup", lockAtMostFor = "PT30M")
    void nightly() {
        deleteCompletedOlderThan(keep);
    }

    /** Deletes the publications completed more than {@code age} ago. */
    public void deleteCompletedOlderThan(Duration age) {
        log.info("Deleting event publications completed more than {} ago", age);
        completed.deletePublicationsOlderThan(age);
    }
}
