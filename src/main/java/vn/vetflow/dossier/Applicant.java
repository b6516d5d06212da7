package vn.vetflow.dossier;

/** The person or organisation filing a dossier, as the account and the request describe them. */
public record Applicant(String username, String name, String idNumber, String email, String phone,
                        String address) {
}
