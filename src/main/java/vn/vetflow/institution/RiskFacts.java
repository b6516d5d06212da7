package vn.vetflow.institution;

/**
 * What the risk table (processes/inspection-risk.dmn) scores for one institution.
 *
 * @param missingReports        periodic reports due in the last 24 months and not submitted
 * @param lateReports           periodic reports of the last 24 months submitted after their due day
 * @param complaints            complaints received in the last 12 months
 * @param enrolmentOverPercent  the largest excess of enrolment over an occupation's registered scale, in
 *                              percent (0 when every occupation is within its scale)
 * @param neverInspected        no inspection on record
 * @param monthsSinceInspection whole months since the last inspection closed (0 when never inspected)
 */
public record RiskFacts(int missingReports, int lateReports, int complaints, double enrolmentOverPercent,
        boolean neverInspected, int monthsSinceInspection) {

    /** The facts as message arguments {0}..{5}, in the order of the components; the percentage rounded. */
    public Object[] arguments() {
        return new Object[] {missingReports, lateReports, complaints, Math.round(enrolmentOverPercent),
                neverInspected, monthsSinceInspection};
    }
}
