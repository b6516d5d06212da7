package vn.vetflow.inspection;

/** A recommendation's remediation: open until the institution reports, then accepted or sent back. */
public enum RemediationStatus {
    OPEN, REPORTED, SENT_BACK, ACCEPTED
}
