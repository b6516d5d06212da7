package vn.vetflow.payment;

/** No online payment gateway is configured: the fee is paid at the one-stop desk. */
class PaymentUnavailableException extends RuntimeException {

    PaymentUnavailableException() {
        super("No online payment gateway is configured");
    }
}
