package vn.vetflow.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Something the engine sets up at start-up but uses later, built after the start instead (issue 15): where it is
 * first needed, or on a thread of its own when asked ({@link #buildAside()}), whichever comes first, once. Every
 * use waits for the build, and a build that failed fails every use with its cause.
 */
final class Deferred<T> {

    private final String thread;
    private final Supplier<T> builder;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<T> built = new CompletableFuture<>();

    Deferred(String thread, Supplier<T> builder) {
        this.thread = thread;
        this.builder = builder;
    }

    /** Starts the build on a thread of its own, unless it has started already. */
    void buildAside() {
        if (started.compareAndSet(false, true)) {
            Thread aside = new Thread(this::build, thread);
            aside.setDaemon(true);
            aside.start();
        }
    }

    boolean isBuilt() {
        return built.isDone();
    }

    T get() {
        if (started.compareAndSet(false, true)) {
            build();
        }
        try {
            return built.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private void build() {
        try {
            built.complete(builder.get());
        } catch (Throwable failure) {
            built.completeExceptionally(failure);
        }
    }
}
