package vn.vetflow.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A light brake on the public look-ups (dossier status, document verification, diplomas), to deter probing
 * codes and numbers: at most N look-ups per
 * minute from one client address, in fixed one-minute windows counted in the database (table
 * {@code lookup_window}), so every node of a cluster counts the same look-ups. Addresses are stored as
 * SHA-256 hashes. The look-up runs outside a transaction: each statement commits on its own, so a
 * concurrent first hit that loses the insert race simply counts again. Behind a proxy set
 * {@code server.forward-headers-strategy} so the client address is the real one.
 */
@Component
public class LookupLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perMinute;

    LookupLimiter(JdbcClient jdbc, Clock clock, @Value("${vetflow.portal.lookups-per-minute:20}") int perMinute) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts a look-up by this client; false when it is over the limit for the current minute. */
    public boolean tryAcquire(String client) {
        return count(hash(client), clock.millis() / 60_000) <= perMinute;
    }

    public int perMinute() {
        return perMinute;
    }

    /** Past windows are of no use; one node a time drops them. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    @SchedulerLock(name = "lookup-window-cleanup", lockAtMostFor = "PT5M")
    void dropPastWindows() {
        jdbc.sql("delete from lookup_window where window_start < ?").param(clock.millis() / 60_000 - 1).update();
    }

    private int count(String client, long window) {
        if (increment(client, window) == 0) {
            try {
                jdbc.sql("insert into lookup_window (client, window_start, hits) values (?, ?, 1)")
                        .params(client, window).update();
                return 1;
            } catch (DuplicateKeyException e) {
                // Another request (on this node or another) opened the window first.
                increment(client, window);
            }
        }
        return jdbc.sql("select hits from lookup_window where client = ? and window_start = ?")
                .params(client, window).query(Integer.class).single();
    }

    private int increment(String client, long window) {
        return jdbc.sql("update lookup_window set hits = hits + 1 where client = ? and window_start = ?")
                .params(client, window).update();
    }

    private static String hash(String client) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(client).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
