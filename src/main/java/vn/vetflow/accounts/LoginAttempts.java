package vn.vetflow.accounts;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.vetflow.VetflowApplication;
import vn.vetflow.identity.LoginGuard;

/**
 * Lock-out: after {@code vetflow.accounts.max-failed-logins} consecutive failed logins a name is refused for
 * {@code lockout-minutes}, before its password is even tested. Counted for every typed name, existing or
 * not, staff or applicant, so the lock-out message does not tell which names exist. Spring Security's
 * authentication events feed the counter, for the login page and HTTP Basic alike.
 *
 * <p>The engine has its own brute-force delay (a few seconds after a failure, growing; a permanent lock
 * after ten failures it actually checked); a password reset lifts that one too.
 */
@Component("loginAttempts")
class LoginAttempts implements LoginGuard {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of(VetflowApplication.ZONE));
    /** Longer names are cut: no engine user id is that long, so nothing is confused. */
    private static final int MAX_NAME = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AccountsProperties properties;

    LoginAttempts(JdbcTemplate jdbc, Clock clock, AccountsProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void checkAllowed(String username) {
        Optional<Instant> until = lockedUntil(username);
        if (until.isPresent()) {
            throw new LoginLockedException(until.get());
        }
    }

    /** When {@code username} may try again, if it is locked now. */
    Optional<Instant> lockedUntil(String username) {
        List<Instant> until = jdbc.query("select locked_until from login_attempt where username = ?",
                (rs, i) -> instant(rs, "locked_until"), key(username));
        Instant now = clock.instant();
        return until.stream().filter(t -> t != null && t.isAfter(now)).findFirst();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        clear(event.getAuthentication().getName());
    }

    void recordFailure(String username) {
        if (username == null || username.isBlank()) {
            return;
        }
        String key = key(username);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (increment(key, now) == 0) {
            try {
                jdbc.update("insert into login_attempt (username, failed_count, last_failure_at) values (?, 1, ?)",
                        key, now);
            } catch (DuplicateKeyException concurrentFirstFailure) {
                increment(key, now);
            }
        }
        // Counting restarts with the lock, so a name that keeps failing is locked again after as many tries.
        int locked = jdbc.update("update login_attempt set failed_count = 0, locked_until = ? "
                + "where username = ? and failed_count >= ?", now.plusMinutes(properties.lockoutMinutes()), key,
                properties.maxFailedLogins());
        if (locked > 0) {
            log.warn("Login locked for {} minutes after {} failed attempts", properties.lockoutMinutes(),
                    properties.maxFailedLogins());
            // Rows of names that stopped failing long ago (often names that do not exist) are of no use.
            jdbc.update("delete from login_attempt where last_failure_at < ? and (locked_until is null or "
                    + "locked_until < ?)", now.minusDays(1), now);
        }
    }

    /** Forgets the failures of {@code username}: a successful login, a password reset. */
    void clear(String username) {
        if (username != null) {
            jdbc.update("delete from login_attempt where username = ?", key(username));
        }
    }

    /** The lock-out end of a login failure as the login page shows it (dd/MM/yyyy HH:mm), or null. */
    public String lockedUntilText(Object loginException) {
        if (loginException instanceof LoginLockedException locked) {
            return SHOWN.format(locked.lockedUntil());
        }
        return null;
    }

    private int increment(String key, OffsetDateTime now) {
        return jdbc.update("update login_attempt set failed_count = failed_count + 1, last_failure_at = ? "
                + "where username = ?", now, key);
    }

    private static String key(String username) {
        return username.length() > MAX_NAME ? username.substring(0, MAX_NAME) : username;
    }

    private static Instant instant(ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
