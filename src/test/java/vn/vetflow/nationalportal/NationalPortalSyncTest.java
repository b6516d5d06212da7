package vn.vetflow.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.nationalportal.HttpNationalPortalClient.PortalCredentials;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.VetflowTest;

/**
 * The outbox and its delivery against the simulated portal over real HTTP: rows written with the status
 * change (or not at all), each dossier's statuses delivered complete, once and in order, through an
 * outage, a slow portal, duplicates and two concurrent deliverers.
 */
@VetflowTest
class NationalPortalSyncTest {

    @Autowired DossierService dossierService;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired PlatformTransactionManager transactions;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired AdjustableClock clock;
    @Autowired Outbox outbox;
    @Autowired OutboxDelivery delivery;
    @Autowired PortalSimulator simulator;
    @Autowired NationalPortalProperties properties;
    @Autowired PortalCredentials credentials;
    @Autowired Environment environment;
    @Autowired ObjectMapper json;

    MovingDossiers dossiers;
    DeliveryChecks checks;

    @BeforeEach
    void setUp() {
        dossiers = new MovingDossiers(dossierService, catalogue, transactions, clock);
        simulator.behave(PortalSimulator.Mode.UP, Duration.ZERO);
        // Other tests leave their dossiers' statuses waiting: each test starts with an empty queue.
        checks = new DeliveryChecks(outbox, delivery, simulator);
        checks.drain(clock.instant());
    }

    @AfterEach
    void tearDown() {
        simulator.behave(PortalSimulator.Mode.UP, Duration.ZERO);
        clock.reset();
    }

    @Test
    void everyStatusChangeIsQueuedWithTheDossierAsItStood() throws Exception {
        String code = dossiers.file();
        dossiers.step(code);

        List<Outbox.Row> rows = outbox.history(code);
        assertThat(rows).extracting(Outbox.Row::seq).containsExactly(1, 2);
        assertThat(rows).extracting(Outbox.Row::status).containsExactly(1, 2);
        JsonNode received = json.readTree(rows.get(1).payload());
        assertThat(received.get("dossierCode").asText()).isEqualTo(code);
        assertThat(received.get("status").asInt()).isEqualTo(2);
        assertThat(received.get("previousStatus").asInt()).isEqualTo(1);
        assertThat(received.get("channel").asInt()).isEqualTo(2);
        assertThat(received.get("applicantIdNumber").asText()).isEqualTo("0101234567");
        assertThat(received.get("processingUnit").asText()).isEqualTo("000.00.01.H26");
        assertThat(received.get("receivedAt").isNull()).isFalse();
        assertThat(received.get("appointmentDate").isNull()).isFalse();
        assertThat(json.readTree(rows.get(0).payload()).get("receivedAt").isNull()).isTrue();
    }

    @Test
    void aStatusChangeThatRollsBackLeavesNoRow() {
        String code = dossiers.file();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            Dossier dossier = dossierService.get(code);
            dossier.withdraw(new Actor("npapplicant", "withdrawal"), clock.instant(), "thử");
            dossierService.save(dossier);
            assertThat(outbox.history(code)).hasSize(2);
            throw new IllegalStateException("the step fails after the status change");
        })).hasMessageContaining("step fails");

        assertThat(outbox.history(code)).extracting(Outbox.Row::status).containsExactly(1);
    }

    @Test
    void deliversEachDossiersStatusesCompleteOnceAndInOrder() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            codes.add(dossiers.file());
        }
        for (int round = 1; round < MovingDossiers.HAPPY_PATH.size(); round++) {
            codes.forEach(dossiers::step);
        }

        checks.deliverUntilAcknowledged(codes, delivery);

        for (String code : codes) {
            checks.assertArrivedOnceInOrder(code);
            assertThat(outbox.history(code)).allSatisfy(row -> assertThat(row.attempts()).isEqualTo(1));
        }
    }

    @Test
    void portalDownForAnHourThenUpDeliversEverythingInOrder() {
        List<String> codes = new ArrayList<>();
        simulator.behave(PortalSimulator.Mode.DOWN, Duration.ZERO);
        // An hour of work while the portal is down: every five minutes a dossier is filed or moves on, and
        // the delivery tries and fails.
        for (int minute = 0; minute < 60; minute += 5) {
            clock.advance(Duration.ofMinutes(5));
            if (codes.size() < 4) {
                codes.add(dossiers.file());
            }
            codes.stream().filter(code -> statusOf(code) != 10).findFirst().ifPresent(dossiers::step);
            codes.stream().filter(code -> statusOf(code) == 1).skip(1).findFirst().ifPresent(dossiers::step);
            assertThat(delivery.deliverDue()).isZero();
        }
        assertThat(codes).allSatisfy(code -> assertThat(simulator.receipts(code)).isEmpty());
        Outbox.Row first = outbox.history(codes.get(0)).get(0);
        assertThat(first.attempts()).isGreaterThan(1);
        assertThat(first.lastError()).contains("503");
        assertThat(first.nextAttemptAt()).isAfter(first.lastAttemptAt());
        // Later statuses of a dossier wait behind its first: they were never tried.
        assertThat(outbox.history(codes.get(0)).subList(1, outbox.history(codes.get(0)).size()))
                .allSatisfy(row -> assertThat(row.attempts()).isZero());

        simulator.behave(PortalSimulator.Mode.UP, Duration.ZERO);
        clock.advance(properties.backoffMax());
        checks.deliverUntilAcknowledged(codes, delivery);

        for (String code : codes) {
            checks.assertArrivedOnceInOrder(code);
        }
        assertThat(outbox.history(codes.get(0))).extracting(Outbox.Row::status).startsWith(1, 2, 4);
    }

    @Test
    void failedAttemptsWaitLongerEachTime() {
        String code = dossiers.file();
        simulator.behave(PortalSimulator.Mode.DOWN, Duration.ZERO);
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 4; attempt++) {
            outbox.makeDue(code, clock.instant());
            checks.attemptUntil(code, attempt);
            Outbox.Row row = outbox.history(code).get(0);
            assertThat(row.attempts()).isEqualTo(attempt);
            waits.add(Duration.between(row.lastAttemptAt(), row.nextAttemptAt()));
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                Duration.ofSeconds(240));
        assertThat(properties.backoffAfter(30)).isEqualTo(properties.backoffMax());
    }

    @Test
    void aSlowAnswerIsSentAgainAndCountedOnceByItsIdempotencyKey() {
        String code = dossiers.file();
        // The portal records the status but answers after the client has given up.
        simulator.behave(PortalSimulator.Mode.SLOW, Duration.ofSeconds(3));
        HttpNationalPortalClient impatient = new HttpNationalPortalClient(() -> java.net.URI.create("http://127.0.0.1:"
                + environment.getRequiredProperty("local.server.port") + PortalSimulatorApi.PATH), credentials,
                Duration.ofSeconds(2), Duration.ofMillis(300));
        OutboxDelivery impatientDelivery = new OutboxDelivery(outbox, impatient, properties, transactions, clock,
                events);
        impatientDelivery.deliverDue();
        assertThat(outbox.history(code).get(0).acknowledgedAt()).isNull();
        assertThat(outbox.history(code).get(0).lastError()).contains("Timeout");

        simulator.behave(PortalSimulator.Mode.UP, Duration.ZERO);
        clock.advance(properties.backoffMax());
        checks.deliverUntilAcknowledged(List.of(code), delivery);

        List<PortalSimulator.Receipt> receipts = simulator.receipts(code);
        assertThat(receipts).hasSize(1);
        assertThat(receipts.get(0).duplicates()).isEqualTo(1);
        assertThat(receipts.get(0).idempotencyKey()).isEqualTo(outbox.history(code).get(0).idempotencyKey());
    }

    @Test
    void twoConcurrentDeliverersNeitherReorderNorDoubleWhenAnswersComeOutOfOrder() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            codes.add(dossiers.file());
        }
        for (int round = 1; round < MovingDossiers.HAPPY_PATH.size(); round++) {
            codes.forEach(dossiers::step);
        }
        // Random answer delays: a deliverer that sent two of a dossier's statuses at once would see them
        // arrive swapped.
        simulator.behave(PortalSimulator.Mode.SHUFFLED, Duration.ofMillis(40));
        checks.concurrently(2, codes);

        for (String code : codes) {
            checks.assertArrivedOnceInOrder(code);
        }
    }

    @Test
    void theSimulatorRefusesCallsWithoutTheSyncsCredentials() throws Exception {
        HttpNationalPortalClient stranger = new HttpNationalPortalClient(() -> java.net.URI.create("http://127.0.0.1:"
                + environment.getRequiredProperty("local.server.port") + PortalSimulatorApi.PATH),
                new PortalCredentials("vetflow", "wrong"), Duration.ofSeconds(2), Duration.ofSeconds(5));
        assertThatThrownBy(() -> stranger.send("stranger-1", "{\"dossierCode\":\"X\",\"seq\":1,\"status\":1}"))
                .isInstanceOf(DeliveryFailedException.class).hasMessageContaining("401");
        assertThat(simulator.receipts("X")).isEmpty();
    }

    private int statusOf(String code) {
        return dossierService.get(code).getStatus().code();
    }
}
