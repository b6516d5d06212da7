package vn.vetflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One message per broken password rule. */
class PasswordRulesTest {

    @Test
    void aGoodPasswordBreaksNoRule() {
        assertThat(PasswordRules.violations("hoa sen 2026 nở", "nguyenan", "an@example.vn")).isEmpty();
    }

    @Test
    void eachRuleHasItsMessage() {
        assertThat(PasswordRules.violations("", "an", null)).containsExactly("accounts.error.password.required");
        assertThat(PasswordRules.violations("abc123", "nguyenan", null))
                .containsExactly("accounts.error.password.tooShort");
        assertThat(PasswordRules.violations("x1".repeat(65), "nguyenan", null))
                .containsExactly("accounts.error.password.tooLong");
        assertThat(PasswordRules.violations("chicochuthoi", "nguyenan", null))
                .containsExactly("accounts.error.password.lettersAndDigits");
        assertThat(PasswordRules.violations("1234567890", "nguyenan", null))
                .containsExactly("accounts.error.password.lettersAndDigits");
        assertThat(PasswordRules.violations("xxNguyenAn2026", "nguyenan", null))
                .containsExactly("accounts.error.password.containsUsername");
        assertThat(PasswordRules.violations("An2026@Example.vn", "nguyenan", "an2026@example.vn"))
                .containsExactly("accounts.error.password.isEmail");
    }

    @Test
    void severalRulesAtOnce() {
        assertThat(PasswordRules.violations("an", "an", null)).containsExactly("accounts.error.password.tooShort",
                "accounts.error.password.lettersAndDigits", "accounts.error.password.containsUsername");
    }

    @Test
    void vietnameseLettersAreLetters() {
        assertThat(PasswordRules.violations("đườnglàng12", "nguyenan", null)).isEmpty();
    }
}
