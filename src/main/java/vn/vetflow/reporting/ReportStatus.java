package vn.vetflow.reporting;

/** Where an institution's report of a round stands; label {@code reporting.status.<name>}. */
public enum ReportStatus {
    /** Not submitted yet (it may hold figures saved as a draft). */
    EXPECTED,
    /** Submitted, waiting for the Department's review. */
    SUBMITTED,
    /** Returned by the Department for correction. */
    RETURNED,
    ACCEPTED,
    /** The round closed without an accepted report. */
    MISSING
}
