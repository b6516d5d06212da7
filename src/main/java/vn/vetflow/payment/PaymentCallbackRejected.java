package vn.vetflow.payment;

import java.util.Optional;

/** A callback that was not taken; nothing changed. */
public class PaymentCallbackRejected extends RuntimeException {

    public enum Reason {
        /** A field is missing or malformed, or the signature does not match the fields. */
        BAD_SIGNATURE,
        /** No order with that id. */
        UNKNOWN_ORDER,
        /** Signed, but not the amount of the order. */
        AMOUNT_MISMATCH,
        /** This callback, or another result for the same order, was already taken. */
        REPLAYED,
        /** Paid after the order expired, or the dossier no longer waits for payment. */
        EXPIRED
    }

    private final Reason reason;
    private final String dossierCode;

    public PaymentCallbackRejected(Reason reason) {
        this(reason, null);
    }

    public PaymentCallbackRejected(Reason reason, String dossierCode) {
        super("Payment callback rejected: " + reason);
        this.reason = reason;
        this.dossierCode = dossierCode;
    }

    public Reason reason() {
        return reason;
    }

    /** The dossier of the order, when the callback named a known order. */
    public Optional<String> dossierCode() {
        return Optional.ofNullable(dossierCode);
    }
}
