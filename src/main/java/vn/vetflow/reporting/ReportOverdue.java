package vn.vetflow.reporting;

import java.time.LocalDate;

/** An institution's report passed its due day unsubmitted: marked late, the Department is told by mail. */
public record ReportOverdue(String roundCode, String institutionCode, LocalDate dueOn) {
}
