package vn.vetflow.engine;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the engine's clock (task dates, timers) with ours, for the demo data and tests only. */
public final class EngineClock {

    private EngineClock() {
    }

    /** The engine's time runs on from now plus the offset. */
    public static void offset(long millis) {
        ClockUtil.offset(millis);
    }

    public static void reset() {
        ClockUtil.resetClock();
    }
}
