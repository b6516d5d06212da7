package vn.vetflow.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/** Drives deliveries until dossiers are through, and checks what the simulated portal received. */
record DeliveryChecks(Outbox outbox, OutboxDelivery delivery, PortalSimulator simulator) {

    /** Empties the queue left by other tests, so a test's own rows are the oldest. */
    void drain(java.time.Instant now) {
        outbox.makeDue(now);
        await().atMost(Duration.ofMinutes(1)).until(() -> {
            delivery.deliverDue();
            return outbox.summary().pending() == 0;
        });
    }

    void deliverUntilAcknowledged(List<String> codes, OutboxDelivery deliverer) {
        await().atMost(Duration.ofMinutes(1)).until(() -> {
            deliverer.deliverDue();
            return allAcknowledged(codes);
        });
    }

    /**
     * Runs delivery rounds until the dossier's first waiting row has been tried this often: a round may
     * skip a row another transaction holds for a moment ({@code SKIP LOCKED}), the next one takes it.
     */
    void attemptUntil(String code, int attempts) {
        await().atMost(Duration.ofMinutes(1)).until(() -> {
            delivery.deliverDue();
            return outbox.history(code).stream().filter(row -> !row.acknowledged()).findFirst()
                    .map(row -> row.attempts() >= attempts).orElse(true);
        });
    }

    /** Several deliverers at once, as several nodes would run them, until the dossiers are through. */
    void concurrently(int deliverers, List<String> codes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(deliverers);
        AtomicBoolean done = new AtomicBoolean();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < deliverers; i++) {
                running.add(pool.submit(() -> {
                    while (!done.get()) {
                        delivery.deliverDue();
                    }
                }));
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> allAcknowledged(codes));
            done.set(true);
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            done.set(true);
            pool.shutdown();
        }
    }

    boolean allAcknowledged(List<String> codes) {
        return codes.stream().allMatch(code -> outbox.history(code).stream().allMatch(Outbox.Row::acknowledged));
    }

    /** The portal has each of the dossier's statuses exactly once, in the order they happened. */
    void assertArrivedOnceInOrder(String code) {
        List<Outbox.Row> sent = outbox.history(code);
        List<PortalSimulator.Receipt> receipts = simulator.receipts(code);
        assertThat(receipts).extracting(PortalSimulator.Receipt::status)
                .containsExactlyElementsOf(sent.stream().map(Outbox.Row::status).toList());
        assertThat(receipts).extracting(PortalSimulator.Receipt::seq)
                .containsExactlyElementsOf(sent.stream().map(Outbox.Row::seq).toList());
        assertThat(receipts).allSatisfy(receipt -> assertThat(receipt.inOrder()).isTrue());
        assertThat(receipts).allSatisfy(receipt -> assertThat(receipt.duplicates()).isZero());
    }
}
