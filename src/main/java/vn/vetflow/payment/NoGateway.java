package vn.vetflow.payment;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * No online payment ({@code vetflow.payment.gateway=none}, the production profile's default until a real
 * gateway adapter is configured): applicants are told to pay at the one-stop desk, and no callback is ever
 * accepted. Production never falls back to the simulator, where anybody could mark a fee as paid.
 */
@Component
@ConditionalOnProperty(name = "vetflow.payment.gateway", havingValue = "none")
class NoGateway implements PaymentGateway {

    @Override
    public PaymentRedirect start(PaymentOrder order) {
        throw new PaymentUnavailableException();
    }

    @Override
    public VerifiedPayment verify(Map<String, String> callbackFields) {
        throw new PaymentCallbackRejected(PaymentCallbackRejected.Reason.BAD_SIGNATURE);
    }
}
