package vn.vetflow.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import vn.vetflow.VetflowApplication;

/**
 * One clock for the application, in Vietnamese time. The demo profile and the tests replace it with an
 * {@link AdjustableClock} to lay out dossiers over past weeks or to move through working days.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @Profile("!demo")
    Clock clock() {
        return Clock.system(ZoneId.of(VetflowApplication.ZONE));
    }

    /** The demo lays its dossiers out over the past weeks, so its clock can be set while it does. */
    @Bean
    @Profile("demo")
    AdjustableClock demoClock() {
        return new AdjustableClock(ZoneId.of(VetflowApplication.ZONE));
    }
}
