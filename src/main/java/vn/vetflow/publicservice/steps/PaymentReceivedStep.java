package vn.vetflow.publicservice.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;

/**
 * The payment confirmation arrived. The payment itself was recorded on the dossier by the payment
 * service before it woke the process; this step only refuses to go on without it.
 */
@Component("paymentReceived")
class PaymentReceivedStep extends DossierStep {

    PaymentReceivedStep(StepSupport support) {
        super(support, "payment");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        if (!dossier.isPaid()) {
            throw new IllegalStateException("Dossier " + dossier.getCode() + " woke up for a payment it has not recorded");
        }
    }
}
