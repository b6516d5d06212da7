package vn.vetflow.accounts;

import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The server-side rules of the registration form. Error codes are message keys of the accounts bundle,
 * so the page shows them in the user's language; several rules of one field can fail at once.
 */
final class RegistrationValidator {

    /** Camunda user ids allow letters and digits only. */
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9]{3,30}");
    /** Mobile (03x, 05x, 07x, 08x, 09x) and landline (02xx) numbers, national or +84 form. */
    static final Pattern PHONE = Pattern.compile("^(?:\\+84|0)(?:[35789]\\d{8}|2\\d{9})$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private RegistrationValidator() {
    }

    static void validate(RegistrationForm form, Errors errors) {
        AccountType type = form.accountType();
        if (type == null) {
            errors.rejectValue("type", "accounts.error.type.required");
        }
        String name = form.normalisedName();
        if (name.isEmpty()) {
            errors.rejectValue("name", "accounts.error.name.required");
        } else if (name.length() > 255) {
            errors.rejectValue("name", "accounts.error.tooLong", new Object[] {255}, null);
        }
        String idNumber = form.normalisedIdNumber();
        if (idNumber.isEmpty()) {
            errors.rejectValue("idNumber", "accounts.error.idNumber.required");
        } else if (type != null && !type.validIdNumber(idNumber)) {
            errors.rejectValue("idNumber", type.organisation() ? "accounts.error.idNumber.taxCode"
                    : "accounts.error.idNumber.citizen");
        }
        String username = form.normalisedUsername();
        if (username.isEmpty()) {
            errors.rejectValue("username", "accounts.error.username.required");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.rejectValue("username", "accounts.error.username.format");
        }
        String email = form.normalisedEmail();
        if (email.isEmpty()) {
            errors.rejectValue("email", "accounts.error.email.required");
        } else if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
            errors.rejectValue("email", "accounts.error.email.format");
        }
        String phone = form.normalisedPhone();
        if (phone.isEmpty()) {
            errors.rejectValue("phone", "accounts.error.phone.required");
        } else if (!PHONE.matcher(phone).matches()) {
            errors.rejectValue("phone", "accounts.error.phone.format");
        }
        String address = form.normalisedAddress();
        if (address.isEmpty()) {
            errors.rejectValue("address", "accounts.error.address.required");
        } else if (address.length() > 500) {
            errors.rejectValue("address", "accounts.error.tooLong", new Object[] {500}, null);
        }
        validatePassword(form.getPassword(), form.getPasswordConfirmation(), username, email, errors);
    }

    /** The password rules and the confirmation; shared by registration and password reset. */
    static void validatePassword(String password, String confirmation, String username, String email,
                                 Errors errors) {
        for (String key : PasswordRules.violations(password, username, email)) {
            errors.rejectValue("password", key, PasswordRules.ARGS, null);
        }
        if (password != null && !password.isEmpty() && !password.equals(confirmation)) {
            errors.rejectValue("passwordConfirmation", "accounts.error.password.mismatch");
        }
    }
}
