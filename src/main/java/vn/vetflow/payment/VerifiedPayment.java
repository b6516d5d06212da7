package vn.vetflow.payment;

import java.time.Instant;

/**
 * A callback whose signature checked out.
 *
 * @param responseCode the gateway's result, {@value #SUCCESS} when the money was taken
 * @param payDate      when the gateway settled the transaction
 * @param nonce        unique per callback; a callback seen before is a replay
 */
public record VerifiedPayment(String orderId, long amountVnd, String transactionNo, String responseCode,
                              Instant payDate, String nonce) {

    public static final String SUCCESS = "00";

    public boolean succeeded() {
        return SUCCESS.equals(responseCode);
    }
}
