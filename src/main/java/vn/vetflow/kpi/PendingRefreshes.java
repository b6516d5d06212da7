package vn.vetflow.kpi;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Merges repeated refresh requests for one case. A request joins the refresh of its case that has not yet
 * started, if any: that refresh reads the sources after the request's change committed (the request comes
 * after its commit), so it covers it, and the request returns when it committed (or fails with it: the
 * reaction then stays incomplete in the event publication registry and is resubmitted). A request arriving
 * once the refresh has started waits for the next one. Refreshes of one case run one at a time here, so a
 * waiting refresh holds no pooled connection; the case's row lock does the same across nodes.
 */
final class PendingRefreshes {

    private static final int STRIPES = 64;

    private final ConcurrentMap<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private final ReentrantLock[] running = new ReentrantLock[STRIPES];

    PendingRefreshes() {
        for (int i = 0; i < STRIPES; i++) {
            running[i] = new ReentrantLock();
        }
    }

    void refresh(String key, Runnable refresh) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> joined = waiting.putIfAbsent(key, mine);
        if (joined != null) {
            try {
                joined.join();
                return;
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        ReentrantLock lock = running[Math.floorMod(key.hashCode(), STRIPES)];
        lock.lock();
        try {
            // From here on a new request starts a new refresh: this one may already have read the sources.
            waiting.remove(key, mine);
            refresh.run();
            mine.complete(null);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            lock.unlock();
        }
    }
}
