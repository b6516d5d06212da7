package vn.vetflow.inspection;

import java.time.Instant;
import java.time.LocalDate;

/** A recommendation of the conclusion and the institution's remediation of it. */
public record Recommendation(long id, String inspectionCode, String area, String text, LocalDate dueOn,
                             RemediationStatus status, String report, String reportedBy, Instant reportedAt,
                             String verdictNote, String verifiedBy, Instant verifiedAt) {
}
