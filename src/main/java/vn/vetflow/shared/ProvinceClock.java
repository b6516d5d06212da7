package vn.vetflow.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.vetflow.VetflowApplication;

/**
 * The province's time: the instant now and today's date in Vietnamese time, from the application's one
 * clock (which the demo and the tests can move). Working days and deadlines are the calendar's business.
 */
@Component
public class ProvinceClock {

    private static final ZoneId ZONE = ZoneId.of(VetflowApplication.ZONE);

    private final Clock clock;

    public ProvinceClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public ZoneId zone() {
        return ZONE;
    }
}
