package vn.vetflow.reporting.consolidation;

/** A provincial report recorded for submission; delivered to the reporting system after commit. */
record SubmissionRequested(long submissionId) {
}
