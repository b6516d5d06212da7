package vn.vetflow.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import vn.vetflow.engine.EngineClock;

/**
 * A clock that can be set, for the demo data and for tests only: it moves our clock and the engine's
 * together, so dossier dates, task dates and timers agree. Never a bean of the production profile.
 */
public class AdjustableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    public AdjustableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Sets the time; until {@link #reset()}, time runs on from there. */
    public void setTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
        EngineClock.offset(offset.toMillis());
    }

    public void advance(Duration duration) {
        setTo(instant().plus(duration));
    }

    public void reset() {
        offset = Duration.ZERO;
        EngineClock.reset();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        AdjustableClock clock = new AdjustableClock(other);
        clock.offset = offset;
        return clock;
    }
}
