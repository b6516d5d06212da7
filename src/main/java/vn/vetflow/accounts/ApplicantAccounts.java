package vn.vetflow.accounts;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.dossier.Applicant;

/** Read side of applicant accounts for other modules: the portal fills a dossier's applicant from it. */
@Service
public class ApplicantAccounts {

    private final ApplicantAccountRepository accounts;
    private final IdentityService identity;

    ApplicantAccounts(ApplicantAccountRepository accounts, IdentityService identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    /** The profile of {@code username}, or empty for staff and unknown names. */
    @Transactional(readOnly = true)
    public Optional<ApplicantProfile> profile(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return accounts.findById(username).map(account -> {
            User user = identity.createUserQuery().userId(username).singleResult();
            String email = user == null ? null : user.getEmail();
            return new ApplicantProfile(account.getUsername(), account.getType(), account.getDisplayName(),
                    account.getIdNumber(), email, account.getPhone(), account.getAddress());
        });
    }

    /**
     * The dossier applicant for {@code username}.
     *
     * @throws ApplicantAccountNotFoundException when the user has no applicant account
     */
    public Applicant asApplicant(String username) {
        ApplicantProfile p = profile(username).orElseThrow(() -> new ApplicantAccountNotFoundException(username));
        return new Applicant(p.username(), p.name(), p.idNumber(), p.email(), p.phone(), p.address());
    }
}
