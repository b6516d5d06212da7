package vn.vetflow.institution;

import java.time.LocalDate;

/** A complaint or report (phản ánh, khiếu nại) about the institution received by the department. */
public record Complaint(long id, LocalDate receivedOn, String subject) {
}
