package vn.vetflow.payment;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** The shared secret: configured, or generated for a demo or test run, or startup stops. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

    static final int MIN_SECRET_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(PaymentConfiguration.class);
    private static final Profiles THROWAWAY = Profiles.of("demo", "test");

    @Bean
    CallbackSigner callbackSigner(PaymentProperties properties, Environment environment) {
        String secret = properties.secret();
        if (secret == null || secret.isBlank()) {
            if (!environment.acceptsProfiles(THROWAWAY)) {
                throw new IllegalStateException("vetflow.payment.secret is not set. Give the secret shared with "
                        + "the payment gateway in the environment variable VETFLOW_PAYMENT_SECRET (at least "
                        + MIN_SECRET_LENGTH + " characters); only the demo and test profiles generate one.");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            log.info("No vetflow.payment.secret configured: generated a random payment secret for this run "
                    + "(demo/test profile); payment callbacks signed before a restart will not verify.");
            return new CallbackSigner(HexFormat.of().formatHex(random).getBytes(StandardCharsets.UTF_8));
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("vetflow.payment.secret is too short: use at least "
                    + MIN_SECRET_LENGTH + " characters.");
        }
        return new CallbackSigner(secret.getBytes(StandardCharsets.UTF_8));
    }
}
