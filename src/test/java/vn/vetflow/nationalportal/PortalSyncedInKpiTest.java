package vn.vetflow.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.EventPublications;
import vn.vetflow.support.VetflowTest;

/**
 * The KPI read model's "public on the national portal" flag ({@code kpi_dossier.portal_synced}, issue 15): a dossier
 * counts as synced only once the portal acknowledged every one of its statuses; a status not yet acknowledged, or a
 * new one, makes it wait again. The flag is kept by the refreshes the acknowledgement and the status change publish
 * (durable events), and counted in the KPI cells.
 */
@VetflowTest
class PortalSyncedInKpiTest {

    @Autowired DossierService dossierService;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AdjustableClock clock;
    @Autowired Outbox outbox;
    @Autowired OutboxDelivery delivery;
    @Autowired PortalSimulator simulator;
    @Autowired NationalPortalProperties properties;
    @Autowired ApplicationEventPublisher events;
    @Autowired EventPublications publications;
    @Autowired JdbcTemplate jdbc;

    MovingDossiers dossiers;
    DeliveryChecks checks;

    @BeforeEach
    void setUp() {
        dossiers = new MovingDossiers(dossierService, catalogue, transactions, clock);
        simulator.behave(PortalSimulator.Mode.UP, Duration.ZERO);
        checks = new DeliveryChecks(outbox, delivery, simulator);
        checks.drain(clock.instant());
        publications.awaitReactions();
    }

    @AfterEach
    void tearDown() {
        simulator.behave(PortalSimulator.Mode.UP, Duration.ZERO);
        clock.reset();
    }

    @Test
    void aDossierIsSyncedOnlyWhenThePortalAcknowledgedEveryStatus() {
        String code = dossiers.file();
        dossiers.step(code);
        publications.awaitReactions();
        assertThat(outbox.history(code)).hasSize(2);
        assertThat(synced(code)).as("nothing acknowledged").isFalse();
        long othersInCell = cellSynced(code);

        // The portal takes the first status, then is down: one of two acknowledged.
        AtomicInteger calls = new AtomicInteger();
        OutboxDelivery firstOnly = new OutboxDelivery(outbox, (key, json) -> {
            if (calls.incrementAndGet() > 1) {
                throw new DeliveryFailedException("down after the first status");
            }
        }, properties, transactions, clock, events);
        firstOnly.deliverDue();
        publications.awaitReactions();
        assertThat(outbox.history(code)).extracting(Outbox.Row::acknowledged).containsExactly(true, false);
        assertThat(synced(code)).as("one status of two acknowledged").isFalse();

        outbox.makeDue(code, clock.instant());
        checks.deliverUntilAcknowledged(List.of(code), delivery);
        publications.awaitReactions();
        assertThat(synced(code)).as("every status acknowledged").isTrue();
        assertThat(cellSynced(code)).isEqualTo(othersInCell + 1);

        // A new status waits for the portal again.
        dossiers.step(code);
        publications.awaitReactions();
        assertThat(synced(code)).as("a new status not yet acknowledged").isFalse();
        assertThat(cellSynced(code)).isEqualTo(othersInCell);

        checks.deliverUntilAcknowledged(List.of(code), delivery);
        publications.awaitReactions();
        assertThat(synced(code)).as("the new status acknowledged too").isTrue();
        assertThat(cellSynced(code)).isEqualTo(othersInCell + 1);
    }

    /** The menu's queue figures come from the waiting rows alone and equal the queue page's. */
    @Test
    void theMenuCountsTheWaitingRowsAsTheQueuePageDoes() {
        String code = dossiers.file();
        dossiers.step(code);
        simulator.behave(PortalSimulator.Mode.DOWN, Duration.ZERO);
        delivery.deliverDue();
        Outbox.Summary all = outbox.summary();
        Outbox.Summary waiting = outbox.waiting();
        assertThat(waiting.pending()).isEqualTo(all.pending()).isGreaterThanOrEqualTo(2);
        assertThat(waiting.failing()).isEqualTo(all.failing()).isGreaterThanOrEqualTo(1);
        assertThat(waiting.oldestPending()).isEqualTo(all.oldestPending());
    }

    private boolean synced(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select portal_synced from kpi_dossier where code = ?",
                Boolean.class, code));
    }

    /** The synced figure of the dossier's receipt cell (its procedure, unit and officer on its receipt day). */
    private long cellSynced(String code) {
        return jdbc.queryForObject("select c.portal_synced from kpi_daily c join kpi_dossier k on c.stat_day = k.received_day"
                + " and c.kind = 'R' and c.procedure_id = k.procedure_id and c.unit_code = k.unit_code"
                + " and c.officer = k.officer where k.code = ?", Long.class, code);
    }
}
