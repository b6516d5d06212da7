package vn.vetflow.inspectionplan;

import java.util.List;

/**
 * An item of an approved plan, as the inspection module starts inspections from it.
 *
 * @param topics         {@link PlanTopic} codes
 * @param quarter        1 to 4
 * @param inspectionCode the inspection already started from it, or null
 */
public record ApprovedItem(long itemId, int year, String institutionCode, String institutionName, List<String> topics,
        int quarter, String inspectionCode) {
}
