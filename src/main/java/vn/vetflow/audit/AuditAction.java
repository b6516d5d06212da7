package vn.vetflow.audit;

/** The actions the trail records. */
public final class AuditAction {

    public static final String DOSSIER_READ = "DOSSIER_READ";
    public static final String DOCUMENT_DOWNLOADED = "DOCUMENT_DOWNLOADED";
    public static final String ATTACHMENT_DOWNLOADED = "ATTACHMENT_DOWNLOADED";
    public static final String TASK_CLAIMED = "TASK_CLAIMED";
    public static final String TASK_ASSIGNED = "TASK_ASSIGNED";
    public static final String TASK_RELEASED = "TASK_RELEASED";
    public static final String COMMENT_ADDED = "COMMENT_ADDED";
    public static final String TASK_COMPLETED = "TASK_COMPLETED";
    public static final String DOSSIER_SUBMITTED = "DOSSIER_SUBMITTED";
    public static final String SUPPLEMENT_SENT = "SUPPLEMENT_SENT";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String PAYMENT_STARTED = "PAYMENT_STARTED";
    /** A day of the working-day calendar changed by an administrator (detail: kind and date). */
    public static final String CALENDAR_CHANGED = "CALENDAR_CHANGED";
    public static final String CALENDAR_CONFIRMED = "CALENDAR_CONFIRMED";

    private AuditAction() {
    }
}
