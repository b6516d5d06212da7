package vn.vetflow.nationalportal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox to the national portal. Each row goes in a transaction of its own that locks it while
 * the portal is called: acknowledged → the row is done; failed → it waits {@code backoffAfter(attempts)}
 * and the dossier's later rows wait behind it, so a dossier's statuses never overtake each other. A crash
 * between the portal's acknowledgement and our commit sends the row again with the same idempotency key.
 * A failure ends the round: the portal is most likely down, and hammering it helps nobody. The acknowledgement of
 * a dossier's last waiting status publishes {@link DossierSyncedWithPortal} in the same transaction.
 */
@Component
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Outbox outbox;
    private final NationalPortalClient client;
    private final NationalPortalProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OutboxDelivery(Outbox outbox, NationalPortalClient client, NationalPortalProperties properties,
                   PlatformTransactionManager transactions, Clock clock, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.client = client;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.events = events;
    }

    /**
     * One node at a time runs the schedule; the lock is short so a survivor takes over soon after a node
     * dies, and a round that outlives it is still safe because every row is locked while it is sent.
     */
    @Scheduled(fixedDelayString = "${vetflow.national-portal.poll-every:PT10S}", initialDelayString = "PT15S")
    @SchedulerLock(name = "national-portal-outbox", lockAtMostFor = "PT1M")
    void scheduledRound() {
        deliverDue();
    }

    /** Sends what is due, up to a batch; returns how many rows the portal acknowledged. */
    public int deliverDue() {
        if (!properties.enabled()) {
            return 0;
        }
        int acknowledged = 0;
        for (int i = 0; i < properties.batchSize(); i++) {
            Outcome outcome = transactions.execute(status -> deliverNext());
            if (outcome != Outcome.ACKNOWLEDGED) {
                break;
            }
            acknowledged++;
        }
        return acknowledged;
    }

    private enum Outcome { NOTHING_DUE, ACKNOWLEDGED, FAILED }

    private Outcome deliverNext() {
        Optional<Outbox.Row> next = outbox.lockNextDue(clock.instant());
        if (next.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        Outbox.Row row = next.get();
        try {
            client.send(row.idempotencyKey(), row.payload());
            outbox.acknowledged(row.id(), clock.instant());
            if (!outbox.anyUnacknowledged(row.dossierCode())) {
                events.publishEvent(new DossierSyncedWithPortal(row.dossierCode()));
            }
            return Outcome.ACKNOWLEDGED;
        } catch (DeliveryFailedException e) {
            Instant now = clock.instant();
            Instant retryAt = now.plus(properties.backoffAfter(row.attempts() + 1));
            outbox.failed(row.id(), now, e.getMessage(), retryAt);
            log.warn("National portal did not acknowledge status {} of dossier {} (attempt {}): {}; next attempt at {}",
                    row.status(), row.dossierCode(), row.attempts() + 1, e.getMessage(), retryAt);
            return Outcome.FAILED;
        }
    }
}
