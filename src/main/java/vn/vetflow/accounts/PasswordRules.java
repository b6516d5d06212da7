package vn.vetflow.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rules of vetflow accounts, one message key per broken rule so the form can say exactly
 * what to change. Messages take {@link #ARGS}: {0} minimum and {1} maximum length.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    /** Only against absurd input; the engine stores a salted hash whatever the length. */
    static final int MAX_LENGTH = 128;
    static final Object[] ARGS = {MIN_LENGTH, MAX_LENGTH};

    private PasswordRules() {
    }

    /** Message keys of the rules {@code password} breaks; empty when it is acceptable. */
    static List<String> violations(String password, String username, String email) {
        List<String> keys = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            keys.add("accounts.error.password.required");
            return keys;
        }
        if (password.length() < MIN_LENGTH) {
            keys.add("accounts.error.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            keys.add("accounts.error.password.tooLong");
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            keys.add("accounts.error.password.lettersAndDigits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            keys.add("accounts.error.password.containsUsername");
        }
        if (email != null && !email.isBlank() && password.trim().equalsIgnoreCase(email.trim())) {
            keys.add("accounts.error.password.isEmail");
        }
        return keys;
    }
}
