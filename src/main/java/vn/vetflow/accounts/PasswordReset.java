package vn.vetflow.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import vn.vetflow.notification.Mailer;
import vn.vetflow.notification.OutgoingMail;

/**
 * Password reset by e-mail: a random 32-byte token goes out in a link; only its SHA-256 is stored. A token
 * works once and for {@code vetflow.accounts.reset-token-minutes}; a new request voids the older ones.
 */
@Service
class PasswordReset {

    private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

    private final IdentityService identity;
    private final JdbcTemplate jdbc;
    private final Mailer mailer;
    private final MessageSource messages;
    private final LoginThrottle attempts;
    private final ApplicantAccountRepository accounts;
    private final AccountsProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordReset(IdentityService identity, JdbcTemplate jdbc, Mailer mailer, MessageSource messages,
                  LoginThrottle attempts, ApplicantAccountRepository accounts, AccountsProperties properties,
                  Clock clock) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.attempts = attempts;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** The account a valid token resets. */
    record Target(String username, String email) {
    }

    /**
     * Mails a reset link to every account with this address; silently nothing when there is none, and the
     * caller answers the same either way.
     */
    @Transactional
    void request(String email, Locale locale) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        List<User> users = identity.createUserQuery().userEmail(address).list();
        for (User user : users) {
            String token = newToken();
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.update("update password_reset_token set used_at = ? where username = ? and used_at is null",
                    now, user.getId());
            jdbc.update("insert into password_reset_token (token_hash, username, created_at, expires_at) "
                    + "values (?, ?, ?, ?)", hash(token), user.getId(), now,
                    now.plusMinutes(properties.resetTokenMinutes()));
            mail(user, token, locale);
        }
    }

    /** Who {@code token} resets, if it is known, unused and not expired. */
    Optional<Target> target(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        List<String> usernames = jdbc.queryForList("select username from password_reset_token where token_hash = ? "
                + "and used_at is null and expires_at > ?", String.class, hash(token), OffsetDateTime.now(clock));
        return usernames.stream().findFirst().flatMap(username -> {
            User user = identity.createUserQuery().userId(username).singleResult();
            return Optional.ofNullable(user).map(u -> new Target(u.getId(), u.getEmail()));
        });
    }

    /**
     * Sets the new password if {@code token} is still good and uses the token up; clears our lock-out and
     * the engine's. The password must already satisfy the rules.
     *
     * @return false when the token is unknown, used or expired
     */
    @Transactional
    boolean reset(String token, String newPassword) {
        Optional<Target> target = target(token);
        if (target.isEmpty()) {
            return false;
        }
        // The conditional update makes the token single-use even when two requests race.
        int used = jdbc.update("update password_reset_token set used_at = ? where token_hash = ? and used_at is null",
                OffsetDateTime.now(clock), hash(token));
        if (used != 1) {
            return false;
        }
        String username = target.get().username();
        User user = identity.createUserQuery().userId(username).singleResult();
        user.setPassword(newPassword);
        identity.saveUser(user);
        identity.unlockUser(username);
        attempts.clear(username);
        accounts.findById(username).ifPresent(ApplicantAccount::emailVerified);
        log.info("Password reset for user {}", username);
        return true;
    }

    private void mail(User user, String token, Locale locale) {
        String link = UriComponentsBuilder.fromUriString(properties.publicUrl()).path("/password/reset")
                .queryParam("token", token).build().toUriString();
        String subject = messages.getMessage("accounts.mail.reset.subject", null, locale);
        String body = messages.getMessage("accounts.mail.reset.body",
                new Object[] {user.getId(), link, properties.resetTokenMinutes()}, locale);
        try {
            mailer.send(OutgoingMail.text(user.getEmail(), subject, body));
        } catch (MailException e) {
            // The page answers the same whether or not an account exists, so a failure is not shown either.
            log.warn("Password reset mail to {} not sent: {}", user.getEmail(), e.getMessage());
        }
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
