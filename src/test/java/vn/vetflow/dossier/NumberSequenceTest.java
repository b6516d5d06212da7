package vn.vetflow.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.support.PostgresDatabase;

/**
 * The counters on a pool as small as possible: every number comes on the caller's own connection (a pool
 * of ONE connection is enough; the former second transaction timed out there), concurrent takers on a
 * few connections get every number exactly once, and a rolled-back number is given again.
 */
class NumberSequenceTest {

    private HikariDataSource pool;

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void takesNumbersOnTheCallersOnlyConnectionOnH2() {
        oneConnectionIsEnough(h2());
    }

    @Test
    void concurrentTakersGetEveryNumberOnceOnH2() throws Exception {
        concurrentTakers(h2());
    }

    @Test
    void aRolledBackNumberIsGivenAgainOnH2() {
        rolledBackNumberIsReused(h2());
    }

    @Test
    @Tag("postgres")
    void takesNumbersOnTheCallersOnlyConnectionOnPostgres() {
        oneConnectionIsEnough(postgres());
    }

    @Test
    @Tag("postgres")
    void concurrentTakersGetEveryNumberOnceOnPostgres() throws Exception {
        concurrentTakers(postgres());
    }

    @Test
    @Tag("postgres")
    void aRolledBackNumberIsGivenAgainOnPostgres() {
        rolledBackNumberIsReused(postgres());
    }

    private void oneConnectionIsEnough(String url) {
        pool(url, 1);
        NumberSequence sequence = new NumberSequence(new JdbcTemplate(pool));
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(pool));
        List<Integer> taken = transaction.execute(status -> List.of(sequence.next("dossier:X", "260101"),
                sequence.next("dossier:X", "260101"), sequence.next("document:Y", "2026")));
        assertThat(taken).containsExactly(1, 2, 1);
    }

    private void concurrentTakers(String url) throws Exception {
        int takers = 8;
        int each = 25;
        pool(url, 4);
        NumberSequence sequence = new NumberSequence(new JdbcTemplate(pool));
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(pool));
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        List<Integer> duplicates = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(takers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < takers; t++) {
                done.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        // Each taker opens its own transaction, takes a number and commits, like a request.
                        int value = transaction.execute(status -> sequence.next("dossier:C", "260202"));
                        if (!seen.add(value)) {
                            synchronized (duplicates) {
                                duplicates.add(value);
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(duplicates).isEmpty();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, takers * each).boxed().toList());
    }

    private void rolledBackNumberIsReused(String url) {
        pool(url, 1);
        NumberSequence sequence = new NumberSequence(new JdbcTemplate(pool));
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(pool));
        Integer first = transaction.execute(status -> sequence.next("document:R", "2026"));
        assertThat(first).isEqualTo(1);
        transaction.executeWithoutResult(status -> {
            assertThat((Integer) sequence.next("document:R", "2026")).isEqualTo(2);
            status.setRollbackOnly();
        });
        Integer again = transaction.execute(status -> sequence.next("document:R", "2026"));
        assertThat(again).isEqualTo(2);
    }

    private static String h2() {
        return "jdbc:h2:mem:seq" + System.nanoTime() + ";LOCK_TIMEOUT=20000";
    }

    private static String postgres() {
        return PostgresDatabase.freshUrl();
    }

    private void pool(String url, int size) {
        pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(url.startsWith("jdbc:h2") ? "sa" : "postgres");
        pool.setPassword("");
        pool.setMaximumPoolSize(size);
        // A second connection wanted while the only one is held would wait this long and fail.
        pool.setConnectionTimeout(2_000);
        new JdbcTemplate(pool).execute("create table number_sequence (name varchar(60) not null,"
                + " period varchar(20) not null, last_value int not null, primary key (name, period))");
    }
}
