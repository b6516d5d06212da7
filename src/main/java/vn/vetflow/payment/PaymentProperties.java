package vn.vetflow.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online payment settings.
 *
 * @param secret        the secret shared with the gateway (environment variable VETFLOW_PAYMENT_SECRET);
 *                      never in the repository. Only the demo and test profiles run without one.
 * @param gateway       {@code simulator} (built in) until a real gateway adapter is configured
 * @param orderValidity how long an order may be paid after it was opened
 * @param returnUrl     where the gateway sends the browser back: our callback; a real deployment gives
 *                      the public absolute address
 */
@ConfigurationProperties(prefix = "vetflow.payment")
public record PaymentProperties(String secret,
                                @DefaultValue("simulator") String gateway,
                                @DefaultValue("30m") Duration orderValidity,
                                @DefaultValue("/payments/callback") String returnUrl) {
}
