package vn.vetflow.shared;

import java.util.concurrent.CountDownLatch;

/**
 * Holds the reactions to committed changes (the listeners' executor) until the application is ready, when
 * switched on: a held task waits on its pool thread without using the processor, and the pool's queue keeps
 * the rest in order. Off, it changes nothing.
 */
public final class ReactionsHold {

    private final CountDownLatch ready;

    ReactionsHold(boolean holdUntilReady) {
        this.ready = new CountDownLatch(holdUntilReady ? 1 : 0);
    }

    Runnable decorate(Runnable reaction) {
        return () -> {
            awaitRelease();
            reaction.run();
        };
    }

    /** Lets every held and later reaction run; called once the application is ready. */
    public void release() {
        ready.countDown();
    }

    public boolean isHolding() {
        return ready.getCount() > 0;
    }

    private void awaitRelease() {
        try {
            ready.await();
        } catch (InterruptedException e) {
            // Shutting down while held: the reaction stays incomplete in the event publication registry and
            // runs again at the next start.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while waiting for the application to be ready", e);
        }
    }
}
