package vn.vetflow.inspectionplan;

import java.time.Instant;
import java.util.List;

/**
 * One planned inspection.
 *
 * @param topics         {@link PlanTopic} codes
 * @param inspectionCode the inspection started from this item, or null
 */
public record PlanItem(long id, int year, String institutionCode, String institutionName, List<String> topics,
        int quarter, String note, String createdBy, Instant createdAt, String inspectionCode, Instant startedAt) {
}
