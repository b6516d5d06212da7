package vn.vetflow.catalogue;

/**
 * How often an officer may ask for a supplement, and how many working days the applicant has to
 * answer. The legal clock is paused while the applicant supplements.
 */
public record SupplementRule(int maxRounds, int answerWithinDays) {

    /** Used when a catalogue version has no {@code supplement} block. */
    public static final SupplementRule DEFAULT = new SupplementRule(1, 15);
}
