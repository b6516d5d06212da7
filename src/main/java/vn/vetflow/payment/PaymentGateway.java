package vn.vetflow.payment;

import java.util.Map;

/**
 * A redirect payment gateway: the applicant's browser goes out to the gateway to pay, and the gateway
 * answers with a callback whose fields it signed (HMAC-SHA256 with the shared secret).
 */
public interface PaymentGateway {

    /** Where to send the applicant's browser to pay this order. */
    PaymentRedirect start(PaymentOrder order);

    /**
     * Checks the signature of a callback and reads its fields. It knows nothing of our orders: the
     * order, the amount and replays are checked by {@link PaymentService}.
     *
     * @throws PaymentCallbackRejected with {@link PaymentCallbackRejected.Reason#BAD_SIGNATURE} when a
     *         field is missing, malformed or not covered by a valid signature
     */
    VerifiedPayment verify(Map<String, String> callbackFields);
}
