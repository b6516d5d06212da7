package vn.vetflow.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.PostgresTest;

/**
 * On PostgreSQL, where {@code FOR UPDATE SKIP LOCKED} really lets concurrent deliverers pass each other:
 * three deliverers (as three nodes) with answers coming back in shuffled order still deliver each
 * dossier's statuses once and in order, after an outage.
 */
class NationalPortalPostgresTest extends PostgresTest {

    @Autowired DossierService dossierService;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AdjustableClock clock;
    @Autowired Outbox outbox;
    @Autowired OutboxDelivery delivery;
    @Autowired PortalSimulator simulator;
    @Autowired NationalPortalProperties properties;

    @AfterEach
    void tearDown() {
        simulator.behave(PortalSimulator.Mode.UP, Duration.ZERO);
        clock.reset();
    }

    @Test
    void concurrentDeliverersAfterAnOutageKeepEachDossiersOrder() throws Exception {
        MovingDossiers dossiers = new MovingDossiers(dossierService, catalogue, transactions, clock);
        DeliveryChecks checks = new DeliveryChecks(outbox, delivery, simulator);
        checks.drain(clock.instant());
        simulator.behave(PortalSimulator.Mode.DOWN, Duration.ZERO);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(dossiers.file());
        }
        for (int round = 1; round < MovingDossiers.HAPPY_PATH.size(); round++) {
            codes.forEach(dossiers::step);
            assertThat(delivery.deliverDue()).isZero();
        }

        simulator.behave(PortalSimulator.Mode.SHUFFLED, Duration.ofMillis(30));
        clock.advance(properties.backoffMax());
        checks.concurrently(3, codes);

        for (String code : codes) {
            checks.assertArrivedOnceInOrder(code);
            assertThat(outbox.history(code)).extracting(Outbox.Row::status)
                    .containsExactlyElementsOf(MovingDossiers.HAPPY_PATH);
        }
    }
}
