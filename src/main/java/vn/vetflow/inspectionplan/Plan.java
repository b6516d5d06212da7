package vn.vetflow.inspectionplan;

import java.time.Instant;

/** A year's inspection plan and who moved it along. */
public record Plan(int year, PlanStatus status, String leaderComment, String createdBy, Instant createdAt,
        String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt) {
}
