package vn.vetflow.reporting.consolidation;

/**
 * The government reporting information system (Circular 01/2020/TT-VPCP) that receives the provincial report as
 * data. Implementations must be idempotent on {@code idempotencyKey}: the same key sent twice returns the first
 * reference and files nothing new, because a submission can be retried after a crash.
 * Not confirmed: the system's own message format, address and authentication for a province's VET statistics; the
 * filing carries vetflow's JSON of the provincial report, and a production adapter maps it to what the system takes.
 */
public interface ReportingSystem {

    /** What is sent: the round, the report as JSON, its SHA-256 digest. */
    record Filing(String roundCode, byte[] json, String digest, String idempotencyKey) {
    }

    /** False when production has no reporting system configured: the page says so and refuses to submit. */
    boolean configured();

    /** Files the report and returns the reference the system gives it. */
    String submit(Filing filing);
}
