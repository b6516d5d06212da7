package vn.vetflow.workspace;

/**
 * One line of the task list, ready to show.
 *
 * @param daysLeft working days left (negative when overdue), null without a due date
 * @param timeliness "on-track", "due-soon", "overdue" or "none"
 */
record WorkListRow(String taskId, String dossierCode, String procedure, String applicant, String step,
                   String due, Integer daysLeft, String timeliness, String assignee, String received,
                   boolean mine) {

    public boolean unassigned() {
        return assignee == null;
    }

    /** Bootstrap's badge colour for the timeliness. */
    public String badgeClass() {
        return switch (timeliness) {
            case "overdue" -> "text-bg-danger";
            case "due-soon" -> "text-bg-warning";
            case "on-track" -> "text-bg-success";
            default -> "text-bg-secondary";
        };
    }
}
