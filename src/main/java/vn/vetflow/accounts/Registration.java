package vn.vetflow.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates an account: the engine user (password, e-mail, groups) and our applicant row, in one
 * transaction (the engine joins Spring's transaction), so a failure leaves neither behind.
 */
@Service
class Registration {

    private static final Logger log = LoggerFactory.getLogger(Registration.class);

    private final IdentityService identity;
    private final ApplicantAccountRepository accounts;
    private final Clock clock;

    Registration(IdentityService identity, ApplicantAccountRepository accounts, Clock clock) {
        this.identity = identity;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Registers a validated form.
     *
     * @throws DuplicateAccountException when the username, e-mail or identity number is taken
     */
    @Transactional
    void register(RegistrationForm form) {
        String username = form.normalisedUsername();
        String email = form.normalisedEmail();
        String idNumber = form.normalisedIdNumber();
        List<String> taken = new ArrayList<>();
        // Staff names count too: an applicant must not be able to take "admin" or an officer's e-mail.
        if (identity.createUserQuery().userId(username).count() > 0 || accounts.existsById(username)) {
            taken.add("username");
        }
        if (identity.createUserQuery().userEmail(email).count() > 0) {
            taken.add("email");
        }
        if (accounts.existsByIdNumber(idNumber)) {
            taken.add("idNumber");
        }
        if (!taken.isEmpty()) {
            throw new DuplicateAccountException(taken);
        }
        AccountType type = form.accountType();
        String name = form.normalisedName();
        User user = identity.newUser(username);
        setNames(user, type, name);
        user.setEmail(email);
        user.setPassword(form.getPassword());
        identity.saveUser(user);
        for (String group : type.groups()) {
            identity.createMembership(username, group);
        }
        accounts.saveAndFlush(new ApplicantAccount(username, type, name, idNumber, form.normalisedPhone(),
                form.normalisedAddress(), clock.instant()));
        log.info("Registered applicant account {} ({})", username, type);
    }

    /**
     * Vietnamese names put the given name last: "Nguyễn Văn An" is first name "An", last name "Nguyễn Văn".
     * An organisation's name stays whole in the first name.
     */
    static void setNames(User user, AccountType type, String name) {
        int space = name.lastIndexOf(' ');
        if (type.organisation() || space < 0) {
            user.setFirstName(name);
            user.setLastName("");
        } else {
            user.setFirstName(name.substring(space + 1));
            user.setLastName(name.substring(0, space));
        }
    }
}
