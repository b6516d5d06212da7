package vn.vetflow.institution;

/** A staff account (role {@code institution}) linked to its institution. */
public record InstitutionMember(String username, String institutionCode, String position) {
}
