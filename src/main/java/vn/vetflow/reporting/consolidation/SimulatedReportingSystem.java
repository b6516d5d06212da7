package vn.vetflow.reporting.consolidation;

import java.util.Locale;

/**
 * The reporting system of the demo and the tests: no network; the reference is derived from the round and the
 * report's digest, so the same filing always gets the same reference (as the real system's idempotency promises).
 */
class SimulatedReportingSystem implements ReportingSystem {

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public String submit(Filing filing) {
        return "MO-PHONG-" + filing.roundCode() + "-" + filing.digest().substring(0, 10).toUpperCase(Locale.ROOT);
    }
}
