package vn.vetflow.portal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A light brake on the public status look-up, to deter probing dossier codes: at most N look-ups per
 * minute from one client address, counted in memory in fixed one-minute windows. One node's memory only;
 * behind a proxy set {@code server.forward-headers-strategy} so the client address is the real one.
 */
@Component
class LookupLimiter {

    /** Past this many tracked clients, windows from earlier minutes are dropped. */
    private static final int MAX_TRACKED = 10_000;

    private record Window(long minute, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    LookupLimiter(Clock clock, @Value("${vetflow.portal.lookups-per-minute:20}") int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts a look-up by this client; false when it is over the limit for the current minute. */
    boolean tryAcquire(String client) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(window -> window.minute() < minute);
        }
        Window window = windows.merge(client, new Window(minute, 1), (old, fresh) -> old.minute() == minute
                ? new Window(minute, old.count() + 1)
                : fresh);
        return window.count() <= perMinute;
    }

    int perMinute() {
        return perMinute;
    }
}
