package vn.vetflow.accounts;

/** The user has no applicant account (a staff member, or an unknown name). */
public class ApplicantAccountNotFoundException extends RuntimeException {

    public ApplicantAccountNotFoundException(String username) {
        super("No applicant account for user " + username);
    }
}
