package vn.vetflow.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Every core thread of some executors held by a waiting task until {@link #close}: work sent to them meanwhile
 * queues (with an unbounded queue an executor never grows past its core threads) and runs once they are freed.
 * Tests use it to keep one kind of reaction back; the lifecycle benchmark, to measure the request path alone.
 */
public final class OccupiedExecutors implements AutoCloseable {

    private final CountDownLatch released = new CountDownLatch(1);

    private OccupiedExecutors() {
    }

    /** Returns once a waiting task holds each core thread of each executor. */
    public static OccupiedExecutors occupy(List<ThreadPoolTaskExecutor> executors) throws InterruptedException {
        OccupiedExecutors occupied = new OccupiedExecutors();
        int threads = executors.stream().mapToInt(ThreadPoolTaskExecutor::getCorePoolSize).sum();
        CountDownLatch holding = new CountDownLatch(threads);
        for (ThreadPoolTaskExecutor executor : executors) {
            for (int i = 0; i < executor.getCorePoolSize(); i++) {
                executor.execute(() -> {
                    holding.countDown();
                    try {
                        occupied.released.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        }
        if (!holding.await(Duration.ofMinutes(1).toMillis(), TimeUnit.MILLISECONDS)) {
            occupied.close();
            throw new IllegalStateException("The executors did not give up their threads within a minute");
        }
        return occupied;
    }

    /** Frees the threads; what queued meanwhile runs. */
    @Override
    public void close() {
        released.countDown();
    }
}
