package vn.vetflow.accounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: someone guessing the specialist's password from three addresses (documentation addresses,
 * RFC 5737), so the administrators' page /admin/logins and the attack mail in /dev/mailbox have something to show.
 */
@Component
@Profile("demo")
@Order(10)
class DemoLoginAttack implements ApplicationRunner {

    static final String TARGET = "chuyenvien";
    private static final String[] ADDRESSES = {"192.0.2.10", "198.51.100.7", "203.0.113.25"};

    private final LoginThrottle throttle;
    private final LoginThrottleProperties properties;

    DemoLoginAttack(LoginThrottle throttle, LoginThrottleProperties properties) {
        this.throttle = throttle;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (throttle.alerts().stream().anyMatch(alert -> TARGET.equals(alert.username()))) {
            return;
        }
        for (int i = 0; i < properties.alertFailures(); i++) {
            throttle.recordFailure(TARGET, ADDRESSES[i % ADDRESSES.length]);
        }
    }
}
