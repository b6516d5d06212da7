package vn.vetflow.institution;

import java.util.List;

/** An institution's risk score (sum of the matched rules' points) with its reasons, highest first. */
public record RiskAssessment(InstitutionSummary institution, RiskFacts facts, int score, List<RiskReason> reasons) {

    /** A rough band for colours: high from 5 points, medium from 2. */
    public String level() {
        return score >= 5 ? "high" : score >= 2 ? "medium" : "low";
    }
}
