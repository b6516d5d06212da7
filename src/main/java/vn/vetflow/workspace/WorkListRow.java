package vn.vetflow.workspace;

import java.util.List;

/**
 * One line of the task list, ready to show.
 *
 * @param kind       "dossier" or "inspection": which page opens the task
 * @param caseCode   the dossier's or the inspection's code
 * @param title      the procedure (or the inspection's subject)
 * @param party      the applicant (or the institution)
 * @param daysLeft   working days left (negative when overdue), null without a due date
 * @param timeliness "on-track", "due-soon", "overdue" or "none"
 * @param workable   whether the user may open the task page (theirs, or unassigned and offered to one of
 *                   their groups); a leader's whole-unit tab also lists others' tasks, to assign them
 * @param provisionalYear the due date's year when that year's calendar is not confirmed (the date may
 *                   still move), null otherwise
 */
record WorkListRow(String taskId, String kind, String caseCode, String title, String party, String step,
                   String due, Integer daysLeft, String timeliness, String assignee, String received,
                   boolean mine, String unit, String unitName, List<String> candidateGroups,
                   boolean workable, Integer provisionalYear) {

    public boolean unassigned() {
        return assignee == null;
    }

    /** Where the task is worked: inspections and periodic reports have their own task pages. */
    public String taskUrl() {
        return switch (kind == null ? "" : kind) {
            case "inspection" -> "/workspace/inspections/tasks/" + taskId;
            case "report" -> "/reporting/tasks/" + taskId;
            default -> "/workspace/tasks/" + taskId;
        };
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
