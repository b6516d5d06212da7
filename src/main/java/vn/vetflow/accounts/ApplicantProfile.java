package vn.vetflow.accounts;

/**
 * An applicant as registered: name of the person or organisation, its CCCD or enterprise/tax code, and
 * how to reach it. The e-mail is the account's (engine identity service).
 */
public record ApplicantProfile(String username, AccountType type, String name, String idNumber, String email,
                               String phone, String address) {
}
