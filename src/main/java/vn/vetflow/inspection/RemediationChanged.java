package vn.vetflow.inspection;

import java.time.Instant;
import java.time.LocalDate;

/** A recommendation's remediation changed status; overdue when not accepted by {@code dueOn}. */
public record RemediationChanged(String code, String recommendationId, String area, LocalDate dueOn,
        RemediationStatus status, Instant at) {
}
