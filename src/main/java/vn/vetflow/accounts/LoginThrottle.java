package vn.vetflow.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.vetflow.VetflowApplication;
import vn.vetflow.identity.LoginGuard;
import vn.vetflow.identity.Officers;
import vn.vetflow.identity.Roles;
import vn.vetflow.notification.Mailer;
import vn.vetflow.notification.OutgoingMail;

/**
 * The one login throttle of every login path (the login page, HTTP Basic on /api, /engine-rest and
 * /actuator/prometheus; Camunda's webapps use vetflow's login). Failures are counted per typed name from one
 * client address, with growing delays for that pair only, so an attacker elsewhere cannot lock anybody out;
 * and per address alone, with a limit per window against one address trying many names. Every name is
 * counted alike, existing or not, so the answer never tells which names exist. A staff account failing
 * often, from any addresses, is under attack and its holder is told by mail. State is in the database, so a
 * cluster's nodes share it. The engine's own lock is configured never to trigger (application.yml).
 */
@Component("loginThrottle")
class LoginThrottle implements LoginGuard {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of(VetflowApplication.ZONE));
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Longer names are cut: no engine user id is that long, so nothing is confused. */
    private static final int MAX_NAME = 100;
    private static final int MAX_ADDRESS = 64;
    private static final Set<String> STAFF = Set.of(Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.INSPECTOR,
            Roles.SUPERVISOR, Roles.ADMIN);

    /** A row of the administrators' page. */
    record Throttled(String username, String address, int failures, Instant lastFailure, Instant blockedUntil) {
    }

    /** A staff account under attack. */
    record Alert(String username, Instant raisedAt, int failures, int addresses, Instant sentAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LoginThrottleProperties properties;
    private final IdentityService identity;
    private final Officers officers;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AccountsProperties accounts;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, LoginThrottleProperties properties, IdentityService identity,
                  Officers officers, Mailer mailer, MessageSource messages, AccountsProperties accounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.identity = identity;
        this.officers = officers;
        this.mailer = mailer;
        this.messages = messages;
        this.accounts = accounts;
    }

    @Override
    public void checkAllowed(String username, String address) {
        Optional<Instant> until = blockedUntil(username, address);
        if (until.isPresent()) {
            throw new LoginLockedException(until.get());
        }
    }

    /** When {@code username} may try again from {@code address}, if it is held back now. */
    Optional<Instant> blockedUntil(String username, String address) {
        List<Instant> until = jdbc.query("select blocked_until from login_throttle where throttle_key in (?, ?) "
                + "and blocked_until is not null", (rs, i) -> instant(rs, "blocked_until"),
                pairKey(username, address), addressKey(address));
        Instant now = clock.instant();
        return until.stream().filter(t -> t.isAfter(now)).max(Instant::compareTo);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getName() != null) {
            jdbc.update("delete from login_throttle where throttle_key = ?",
                    pairKey(authentication.getName(), address(authentication)));
        }
    }

    void recordFailure(String username, String address) {
        if (username == null || username.isBlank()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String name = name(username);
        String from = address(address);

        // The name from this address: after the free failures, a delay doubling with each further one.
        String pair = pairKey(username, address);
        OffsetDateTime stale = now.minus(properties.alertWindow());
        count(pair, name, from, now, stale);
        int pairFailures = failures(pair);
        if (pairFailures > properties.freeFailures()) {
            Duration delay = delay(pairFailures - properties.freeFailures());
            jdbc.update("update login_throttle set blocked_until = ? where throttle_key = ?", now.plus(delay), pair);
            log.warn("Login held back {} s after {} failures of one name from one address", delay.toSeconds(),
                    pairFailures);
        }

        // The address alone: a fixed number of failures per window, whatever names it tries.
        String alone = addressKey(address);
        count(alone, null, from, now, now.minus(properties.addressWindow()));
        if (failures(alone) >= properties.addressFailures()) {
            OffsetDateTime windowStart = jdbc.queryForObject("select window_start from login_throttle "
                    + "where throttle_key = ?", OffsetDateTime.class, alone);
            jdbc.update("update login_throttle set blocked_until = ? where throttle_key = ? and blocked_until is null",
                    windowStart.plus(properties.addressWindow()), alone);
            log.warn("Logins from one address held back after {} failures", properties.addressFailures());
        }
        raiseAlertIfUnderAttack(name, now);
        forgetOldRows(now);
    }

    private Duration delay(int beyondFree) {
        Duration delay = properties.firstDelay();
        for (int i = 1; i < beyondFree && delay.compareTo(properties.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    /** Adds a failure to a row, starting it again when its last failure is older than {@code stale}. */
    private void count(String key, String username, String address, OffsetDateTime now, OffsetDateTime stale) {
        int updated = jdbc.update("update login_throttle set "
                + "failed_count = case when window_start < ? then 1 else failed_count + 1 end, "
                + "blocked_until = case when window_start < ? then null else blocked_until end, "
                + "window_start = case when window_start < ? then ? else window_start end, "
                + "last_failure_at = ? where throttle_key = ?", stale, stale, stale, now, now, key);
        if (updated == 0) {
            try {
                jdbc.update("insert into login_throttle (throttle_key, username, address, failed_count, window_start, "
                        + "last_failure_at) values (?, ?, ?, 1, ?, ?)", key, username, address, now, now);
            } catch (DuplicateKeyException concurrentFirstFailure) {
                count(key, username, address, now, stale);
            }
        }
    }

    private int failures(String key) {
        return jdbc.queryForObject("select failed_count from login_throttle where throttle_key = ?", Integer.class,
                key);
    }

    /**
     * A staff account with many failures in the alert window, from any addresses, is under attack: an alert row
     * is written first, then the holder is mailed. An alert whose mail did not go out (mail server down, node
     * stopped) is sent at the account's next failure and shows on the administrators' page until then.
     */
    private void raiseAlertIfUnderAttack(String username, OffsetDateTime now) {
        OffsetDateTime since = now.minus(properties.alertWindow());
        var totals = jdbc.queryForMap("select coalesce(sum(failed_count), 0) as failures, count(*) as addresses "
                + "from login_throttle where username = ? and last_failure_at >= ?", username, since);
        int failures = ((Number) totals.get("failures")).intValue();
        int addresses = ((Number) totals.get("addresses")).intValue();
        if (failures < properties.alertFailures() || !isStaff(username)) {
            return;
        }
        int renewed = jdbc.update("update login_attack_alert set raised_at = ?, failures = ?, addresses = ?, "
                + "sent_at = null where username = ? and raised_at < ?", now, failures, addresses, username, since);
        if (renewed == 0) {
            try {
                jdbc.update("insert into login_attack_alert (username, raised_at, failures, addresses) "
                        + "values (?, ?, ?, ?)", username, now, failures, addresses);
            } catch (DuplicateKeyException alreadyRaisedInThisWindow) {
                // raised earlier in this window (or by another node just now): told once is enough
            }
        }
        sendUnsentAlert(username);
    }

    private void sendUnsentAlert(String username) {
        List<Alert> unsent = jdbc.query("select * from login_attack_alert where username = ? and sent_at is null",
                (rs, i) -> alert(rs), username);
        for (Alert alert : unsent) {
            Optional<String> email = officers.email(username);
            if (email.isEmpty()) {
                log.warn("A staff account under attack has no e-mail address; see the administrators' page");
                return;
            }
            try {
                mailer.send(OutgoingMail.text(email.get(),
                        messages.getMessage("accounts.mail.attack.subject", null, VIETNAMESE),
                        messages.getMessage("accounts.mail.attack.body", new Object[] {officers.fullName(username),
                                alert.failures(), alert.addresses(), SHOWN.format(alert.raisedAt()),
                                accounts.publicUrl() + "/password/forgot"}, VIETNAMESE)));
                jdbc.update("update login_attack_alert set sent_at = ? where username = ? and sent_at is null",
                        OffsetDateTime.now(clock), username);
            } catch (MailException e) {
                log.warn("Attack alert mail not sent, retried at the next failure: {}", e.getMessage());
            }
        }
    }

    private boolean isStaff(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId)
                .anyMatch(STAFF::contains);
    }

    /** Rows that stopped failing long ago and hold nothing back (often names that do not exist) are of no use. */
    private void forgetOldRows(OffsetDateTime now) {
        OffsetDateTime old = now.minus(properties.alertWindow()).minusDays(1);
        jdbc.update("delete from login_throttle where last_failure_at < ? and (blocked_until is null "
                + "or blocked_until < ?)", old, now);
    }

    /** Names and addresses held back now, latest failure first: the administrators' page. */
    List<Throttled> heldBack() {
        return jdbc.query("select * from login_throttle where blocked_until > ? order by last_failure_at desc",
                (rs, i) -> new Throttled(rs.getString("username"), rs.getString("address"), rs.getInt("failed_count"),
                        instant(rs, "last_failure_at"), instant(rs, "blocked_until")), OffsetDateTime.now(clock));
    }

    /** Staff accounts under attack within the alert window, latest first. */
    List<Alert> alerts() {
        return jdbc.query("select * from login_attack_alert where raised_at >= ? order by raised_at desc",
                (rs, i) -> alert(rs), OffsetDateTime.now(clock).minus(properties.alertWindow()));
    }

    /** An administrator lets a name log in again from everywhere (its failures are forgotten). */
    int unlockName(String username) {
        return jdbc.update("delete from login_throttle where username = ?", name(username));
    }

    /** An administrator lets an address log in again. */
    int unlockAddress(String address) {
        return jdbc.update("delete from login_throttle where address = ?", address(address));
    }

    /** Forgets the failures of {@code username}: a password reset. */
    void clear(String username) {
        if (username != null) {
            unlockName(username);
        }
    }

    /** The end of a login hold-back as the login page shows it (dd/MM/yyyy HH:mm), or null. */
    public String lockedUntilText(Object loginException) {
        if (loginException instanceof LoginLockedException locked) {
            return SHOWN.format(locked.lockedUntil());
        }
        return null;
    }

    private static Alert alert(ResultSet rs) throws SQLException {
        return new Alert(rs.getString("username"), instant(rs, "raised_at"), rs.getInt("failures"),
                rs.getInt("addresses"), instant(rs, "sent_at"));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String pairKey(String username, String address) {
        return "p:" + address(address) + " " + name(username);
    }

    private static String addressKey(String address) {
        return "a:" + address(address);
    }

    private static String name(String username) {
        return username.length() > MAX_NAME ? username.substring(0, MAX_NAME) : username;
    }

    private static String address(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        return address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
