package vn.vetflow.inspection;

/** Where an inspection stands, in the order of shared/domain/inspections.md (section 5). */
public enum InspectionStage {
    DECISION, PLANNING, NOTICE, SELF_ASSESSMENT, CHECK, MINUTES, VIOLATIONS, REPORT, CONCLUSION, REMEDIATION,
    CLOSED, CANCELLED
}
