package vn.vetflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.support.OccupiedExecutors;
import vn.vetflow.support.PortalDeliveries;
import vn.vetflow.support.PostgresTest;

/** {@link KpiConcurrencyScenario} on PostgreSQL: real row locks, ON CONFLICT upserts, FOR SHARE. */
class KpiConcurrencyPostgresTest extends PostgresTest implements KpiConcurrencyScenario {

    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate transactions;
    @Autowired @Qualifier("taskExecutor") ThreadPoolTaskExecutor listeners;

    @Override
    public Beans beans() {
        return Beans.of(context);
    }

    @Override
    public LocalDate day() {
        return LocalDate.of(2027, 6, 8);
    }

    /**
     * Two nodes refresh the same change of a case: the second waits for the first's lock on the case, then must
     * read the case's stored row as the first committed it. Read in the statement that waited, it was the row from
     * before the wait, so the second refresh moved the cells a second time. It now writes nothing.
     */
    @Test
    void aRefreshThatWaitedForAnotherNodesRefreshOfTheCaseReadsWhatThatOneCommitted() throws Exception {
        Beans b = beans();
        LocalDate on = day().plusDays(2);
        b.clock().setTo(LocalDateTime.of(on, java.time.LocalTime.of(8, 0)).atZone(VN).toInstant());
        String code = b.submission().submit(b.submissions().valid("P1", "kpiconcurrent", UUID.randomUUID().toString()))
                .dossier().getCode();
        b.publications().awaitReactions();
        PortalDeliveries.settle(b.delivery(), b.publications());
        b.clock().advance(Duration.ofHours(1));

        CountDownLatch firstRefreshed = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        try (OccupiedExecutors held = OccupiedExecutors.occupy(List.of(listeners))) {
            // The change; its own reaction waits behind the occupied listeners.
            String reception = b.tasks().createTaskQuery().processInstanceBusinessKey(code)
                    .taskDefinitionKey("Task_Reception").singleResult().getId();
            b.work().complete(reception, "tiepnhan", List.of("reception", "motcua"), Map.of("receptionDecision", "ACCEPT"));

            // "Node 1" refreshes the case and holds its lock until told to commit.
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
                b.jdbc().queryForList("select business_key from kpi_case where business_key = ? for update", code);
                b.updater().refresh(code, KpiUpdater.Cells.DELTAS);
                firstRefreshed.countDown();
                await(commitFirst);
            }));
            assertThat(firstRefreshed.await(1, TimeUnit.MINUTES)).isTrue();
            // "Node 2" refreshes the same case: it waits for the lock.
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> b.updater().refresh(code));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (waitingForALock() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(waitingForALock()).as("node 2 waits for node 1's lock").isPositive();
            commitFirst.countDown();
            first.get(1, TimeUnit.MINUTES);
            long rowVersion = rowVersion(code);
            second.get(1, TimeUnit.MINUTES);

            assertThat(rowVersion(code)).as("node 2 found the row as node 1 left it").isEqualTo(rowVersion);
        }
        b.publications().awaitReactions();
        List<Map<String, Object>> cells = b.jdbc().queryForList("select * from kpi_daily where stat_day = ? order by"
                + " kind, procedure_id, unit_code, officer", on);
        assertThat(cells).isNotEmpty();
        b.rebuild().rebuild();
        assertThat(b.jdbc().queryForList("select * from kpi_daily where stat_day = ? order by kind, procedure_id,"
                + " unit_code, officer", on)).isEqualTo(cells);
    }

    private long waitingForALock() {
        Long n = beans().jdbc().queryForObject("select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock'", Long.class);
        return n == null ? 0 : n;
    }

    /** The transaction that last wrote the case's stored row. */
    private long rowVersion(String code) {
        Long xmin = beans().jdbc().queryForObject("select xmin::text::bigint from kpi_dossier where code = ?", Long.class,
                code);
        return xmin == null ? 0 : xmin;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
