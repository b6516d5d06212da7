package vn.vetflow.inspectionplan;

/**
 * Where a year's plan stands: drafted by inspectors, submitted to the leader, approved; a returned plan
 * is a draft again, with the leader's comment. Label {@code inspectionplan.status.<name>}.
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** Inspectors may change the items. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
