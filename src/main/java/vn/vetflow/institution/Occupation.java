package vn.vetflow.institution;

/**
 * An occupation the institution is registered to train.
 *
 * @param registeredScale learners per year of the registration certificate
 * @param currentEnrolment learners enrolled this year
 */
public record Occupation(String code, String name, OccupationLevel level, int registeredScale, int currentEnrolment) {

    /** Percentage above the registered scale (negative when below); 0 when no scale is registered. */
    public double percentOverScale() {
        if (registeredScale <= 0) {
            return 0;
        }
        return (currentEnrolment - registeredScale) * 100.0 / registeredScale;
    }
}
