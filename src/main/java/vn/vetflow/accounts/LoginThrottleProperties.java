package vn.vetflow.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vetflow.accounts.throttle.*}: the login throttle. A name from one address gets {@code freeFailures}
 * wrong passwords, then waits {@code firstDelay} after the next one, twice as long after each further one, at
 * most {@code maxDelay}. An address alone may fail {@code addressFailures} times per {@code addressWindow},
 * then waits until the window ends. A staff account failing {@code alertFailures} times within
 * {@code alertWindow}, from any addresses, is under attack: its holder gets a mail, once per window.
 */
@ConfigurationProperties(prefix = "vetflow.accounts.throttle")
record LoginThrottleProperties(
        @DefaultValue("3") int freeFailures,
        @DefaultValue("30s") Duration firstDelay,
        @DefaultValue("15m") Duration maxDelay,
        @DefaultValue("100") int addressFailures,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("10") int alertFailures,
        @DefaultValue("24h") Duration alertWindow) {
}
