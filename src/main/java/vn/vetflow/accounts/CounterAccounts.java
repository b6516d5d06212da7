package vn.vetflow.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;

/**
 * Applicants at the one-stop desk: found by identity number, or given an account there. An account opened
 * at the desk has the identity number as its login and a random password nobody knows; the applicant claims
 * it with "Quên mật khẩu" (password reset), which mails a link to the e-mail given at the desk. Without an
 * e-mail the applicant follows the dossier with the public look-up. The identity number is unique, so the
 * same person never gets two accounts (desk or self-registered).
 */
@Service
public class CounterAccounts {

    private static final Logger log = LoggerFactory.getLogger(CounterAccounts.class);

    /** What the officer types for a new applicant. */
    public record NewApplicant(AccountType type, String name, String idNumber, String email, String phone,
                               String address) {
    }

    private final ApplicantAccountRepository accounts;
    private final ApplicantAccounts profiles;
    private final IdentityService identity;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CounterAccounts(ApplicantAccountRepository accounts, ApplicantAccounts profiles, IdentityService identity,
                    Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.identity = identity;
        this.clock = clock;
    }

    /** The applicant with this identity number (CCCD or tax code, as typed), if they have an account. */
    @Transactional(readOnly = true)
    public Optional<ApplicantProfile> byIdNumber(String idNumber) {
        String normalised = IdentityNumbers.normalise(idNumber);
        return accounts.findByIdNumber(normalised).flatMap(account -> profiles.profile(account.getUsername()));
    }

    /** Whether the account was opened at the desk (and not yet necessarily claimed). */
    @Transactional(readOnly = true)
    public boolean openedAtDesk(String username) {
        return accounts.findById(username).map(a -> a.getOpenedBy() != null).orElse(false);
    }

    /**
     * Opens an account for a walk-in applicant.
     *
     * @throws InvalidRequestException naming each field that is missing, malformed or already taken
     */
    @Transactional
    public ApplicantProfile open(NewApplicant applicant, String officer) {
        String idNumber = IdentityNumbers.normalise(applicant.idNumber());
        String email = applicant.email() == null ? "" : applicant.email().strip().toLowerCase(Locale.ROOT);
        List<Violation> violations = check(applicant, idNumber, email);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        String name = applicant.name().strip().replaceAll("\\s+", " ");
        User user = identity.newUser(idNumber);
        Registration.setNames(user, applicant.type(), name);
        user.setEmail(email.isEmpty() ? null : email);
        user.setPassword(unknownPassword());
        identity.saveUser(user);
        for (String group : applicant.type().groups()) {
            identity.createMembership(idNumber, group);
        }
        ApplicantAccount account = new ApplicantAccount(idNumber, applicant.type(), name, idNumber,
                applicant.phone().replaceAll("[\\s.\\-()]", ""), applicant.address().strip(), clock.instant());
        account.openedBy(officer);
        accounts.saveAndFlush(account);
        log.info("Applicant account {} opened at the desk by {}", idNumber, officer);
        return profiles.profile(idNumber).orElseThrow();
    }

    private List<Violation> check(NewApplicant applicant, String idNumber, String email) {
        List<Violation> violations = new ArrayList<>();
        if (applicant.type() == null) {
            violations.add(Violation.of("type", "desk.error.required"));
        }
        if (applicant.name() == null || applicant.name().isBlank()) {
            violations.add(Violation.of("name", "desk.error.required"));
        } else if (applicant.name().strip().length() > 255) {
            violations.add(Violation.of("name", "desk.error.maxLength", 255));
        }
        if (idNumber.isEmpty()) {
            violations.add(Violation.of("idNumber", "desk.error.required"));
        } else if (applicant.type() == AccountType.PERSON && !IdentityNumbers.validCitizenId(idNumber)) {
            violations.add(Violation.of("idNumber", "desk.error.citizenId"));
        } else if (applicant.type() != null && applicant.type() != AccountType.PERSON
                && !IdentityNumbers.validTaxCode(idNumber)) {
            violations.add(Violation.of("idNumber", "desk.error.taxCode"));
        } else if (accounts.existsByIdNumber(idNumber) || identity.createUserQuery().userId(idNumber).count() > 0) {
            violations.add(Violation.of("idNumber", "desk.error.idNumberTaken"));
        }
        if (!email.isEmpty()) {
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 200) {
                violations.add(Violation.of("email", "desk.error.email"));
            } else if (identity.createUserQuery().userEmail(email).count() > 0) {
                violations.add(Violation.of("email", "desk.error.emailTaken"));
            }
        }
        String phone = applicant.phone() == null ? "" : applicant.phone().replaceAll("[\\s.\\-()]", "");
        if (phone.isEmpty()) {
            violations.add(Violation.of("phone", "desk.error.required"));
        } else if (!phone.matches("\\+?\\d{8,15}")) {
            violations.add(Violation.of("phone", "desk.error.phone"));
        }
        if (applicant.address() == null || applicant.address().isBlank()) {
            violations.add(Violation.of("address", "desk.error.required"));
        } else if (applicant.address().strip().length() > 500) {
            violations.add(Violation.of("address", "desk.error.maxLength", 500));
        }
        return violations;
    }

    /** A password nobody is told: the account is usable only after the applicant sets their own. */
    private String unknownPassword() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "x9";
    }
}
