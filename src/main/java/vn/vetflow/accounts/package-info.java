/**
 * Applicant accounts of the online portal: registration (person, organisation, VET institution),
 * password rules, lock-out after repeated failed logins, password reset by e-mail. The login itself and
 * the roles are {@code identity}'s; the user, password and e-mail live in the engine's identity service.
 *
 * <p>Public API: {@link vn.vetflow.accounts.ApplicantAccounts} (profile of an account, the dossier's
 * applicant for it), {@link vn.vetflow.accounts.ApplicantProfile}, {@link vn.vetflow.accounts.AccountType}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"dossier", "engine", "identity", "notification",
        "shared"})
package vn.vetflow.accounts;
