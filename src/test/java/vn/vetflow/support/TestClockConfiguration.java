package vn.vetflow.support;

import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.vetflow.VetflowApplication;
import vn.vetflow.shared.AdjustableClock;

/** Tests move the application's and the engine's clocks together. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    AdjustableClock testClock() {
        return new AdjustableClock(ZoneId.of(VetflowApplication.ZONE));
    }
}
