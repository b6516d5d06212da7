package vn.vetflow.inspection;

import java.time.Instant;

/** One checklist item's result: COMPLIANT, FINDING or NOT_APPLICABLE. */
public record CheckResult(String itemCode, String area, String result, boolean violation, String note,
                          Long evidenceFileId, String recordedBy, Instant recordedAt) {
}
