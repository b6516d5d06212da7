package vn.vetflow.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.Officers;

/**
 * The signed-in person's full name for the page header ({@code ${@signedInName.of(#authentication.name)}}):
 * people appear by their names, never their logins. Asked only when a page is rendered, so API calls pay nothing.
 * A name is kept for {@link #KEPT} on this node (issue 15: one identity query and its transaction less per page);
 * a name changed in the identity service shows in the header at most that much later.
 */
@Component
public class SignedInName {

    /** How long a looked-up name is reused. */
    static final Duration KEPT = Duration.ofMinutes(1);
    /** More people than this signed in within {@link #KEPT} on one node: the kept names are dropped and asked again. */
    static final int MAX_KEPT = 10_000;

    private record Kept(String name, Instant until) {
    }

    private final Officers officers;
    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    SignedInName(Officers officers, Clock clock) {
        this.officers = officers;
        this.clock = clock;
    }

    public String of(String username) {
        if (username == null) {
            return null;
        }
        Instant now = clock.instant();
        Kept known = kept.get(username);
        if (known != null && now.isBefore(known.until())) {
            return known.name();
        }
        String name;
        try {
            name = officers.fullName(username);
        } catch (RuntimeException databaseDown) {
            // The outage page still renders its header: the login is all that is known without the database.
            return username;
        }
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(username, new Kept(name, now.plus(KEPT)));
        return name;
    }
}
