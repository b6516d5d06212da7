package vn.vetflow.accounts;

import java.util.List;
import java.util.regex.Pattern;
import vn.vetflow.identity.Roles;

/**
 * Who an account files for. A person identifies with the 12-digit citizen identity number (CCCD), an
 * organisation or VET institution with its 10-digit enterprise/tax code (13 digits for a branch).
 */
public enum AccountType {

    PERSON("\\d{12}", List.of(Roles.APPLICANT)),
    ORGANISATION("\\d{10}|\\d{13}", List.of(Roles.APPLICANT)),
    /** A VET institution: files like any applicant and is the subject of inspections. */
    INSTITUTION("\\d{10}|\\d{13}", List.of(Roles.APPLICANT, Roles.INSTITUTION));

    private final Pattern idNumber;
    private final List<String> groups;

    AccountType(String idNumber, List<String> groups) {
        this.idNumber = Pattern.compile(idNumber);
        this.groups = groups;
    }

    boolean validIdNumber(String value) {
        return idNumber.matcher(value).matches();
    }

    /** The Camunda groups (roles) a new account of this type joins. */
    List<String> groups() {
        return groups;
    }

    public boolean organisation() {
        return this != PERSON;
    }

    /** The type named {@code value}, or null. */
    static AccountType parse(String value) {
        for (AccountType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        return null;
    }
}
