package vn.vetflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** No secret in the repository: configured, or generated for demo and test runs only. */
class PaymentSecretTest {

    final PaymentConfiguration configuration = new PaymentConfiguration();

    @Test
    void demoAndTestRunsGenerateARandomSecret() {
        CallbackSigner demo = configuration.callbackSigner(properties(null), profile("demo"));
        CallbackSigner test = configuration.callbackSigner(properties(" "), profile("test"));
        Map<String, String> fields = Map.of("orderId", "a1");
        assertThat(demo.sign(fields)).as("each run its own secret").isNotEqualTo(test.sign(fields));
    }

    @Test
    void anyOtherProfileRefusesToStartWithoutOne() {
        assertThatThrownBy(() -> configuration.callbackSigner(properties(null), profile("postgres")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vetflow.payment.secret is not set")
                .hasMessageContaining("VETFLOW_PAYMENT_SECRET");
        assertThatThrownBy(() -> configuration.callbackSigner(properties("too-short"), profile("postgres")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 characters");
    }

    @Test
    void aConfiguredSecretIsUsed() {
        String secret = "0123456789abcdef0123456789abcdef";
        CallbackSigner signer = configuration.callbackSigner(properties(secret), profile("postgres"));
        Map<String, String> fields = Map.of("orderId", "a1");
        assertThat(signer.sign(fields)).isEqualTo(new CallbackSigner(secret.getBytes()).sign(fields));
    }

    private static PaymentProperties properties(String secret) {
        return new PaymentProperties(secret, "simulator", Duration.ofMinutes(30), "/payments/callback");
    }

    private static MockEnvironment profile(String profile) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        return environment;
    }
}
