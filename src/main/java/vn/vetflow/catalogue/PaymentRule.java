package vn.vetflow.catalogue;

/** How many working days the applicant has to pay before processing stops. */
public record PaymentRule(int answerWithinDays) {

    /** Used when a catalogue version has no {@code payment} block. */
    public static final PaymentRule DEFAULT = new PaymentRule(5);
}
