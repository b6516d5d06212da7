package vn.vetflow.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A closed inspection was classified as done in the digital environment or not, by the documented rule.
 *
 * @param closedOn the day that puts it in a reporting period (Asia/Ho_Chi_Minh)
 * @param reasons message keys of the rule's reasons (met and unmet conditions)
 */
public record InspectionClassified(String code, String institutionCode, LocalDate closedOn, boolean digital,
        boolean paper, List<String> reasons, Instant at) {
}
