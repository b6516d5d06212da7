package vn.vetflow.reporting;

import java.time.LocalDate;

/** An institution has not yet submitted its report and its due day is near: its staff are reminded by mail. */
public record ReportReminderDue(String roundCode, String institutionCode, LocalDate dueOn) {
}
