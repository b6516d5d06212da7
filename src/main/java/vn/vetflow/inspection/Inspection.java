package vn.vetflow.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspection case as the pages and other modules read it.
 *
 * @param source  PLAN, AD_HOC or PAPER
 * @param mode    REMOTE, DOCUMENTS or ON_SITE (null until decided)
 * @param digital null until the inspection is closed and classified
 * @param reasons message keys of the classification's reasons
 */
public record Inspection(String code, String institutionCode, String institutionName, String subject, String source,
                         Long planItemId, String mode, InspectionStage stage, boolean paper, String processInstanceId,
                         String teamLead, String createdBy, Instant createdAt, String decisionNumber,
                         LocalDate decisionSignedOn, LocalDate checkFrom, LocalDate checkTo, String conclusionNumber,
                         LocalDate conclusionOn, LocalDate closedOn, Boolean digital, List<String> reasons,
                         Instant classifiedAt) {

    public boolean closed() {
        return stage == InspectionStage.CLOSED;
    }
}
