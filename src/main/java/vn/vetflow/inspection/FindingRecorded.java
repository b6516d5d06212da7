package vn.vetflow.inspection;

import java.time.Instant;

/**
 * A checklist item was marked as a finding.
 *
 * @param area the checklist area's code; its label is the message {@code inspection.area.<code>}
 */
public record FindingRecorded(String code, String findingId, String area, boolean violation, Instant at) {
}
