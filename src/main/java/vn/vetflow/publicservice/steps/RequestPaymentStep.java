package vn.vetflow.publicservice.steps;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;

/** The procedure carries a fee: status 6, the clock waits, and the applicant has a deadline to pay. */
@Component("requestPayment")
class RequestPaymentStep extends DossierStep {

    RequestPaymentStep(StepSupport support) {
        super(support, "payment");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        LocalDate today = support.deadlines().today();
        dossier.requirePayment(actor, support.deadlines().now(), today);
        LocalDate dueOn = support.deadlines().addWorkingDays(today, version(dossier).payment().answerWithinDays());
        execution.setVariable("paymentDueDate", support.deadlines().endOf(dueOn));
    }
}
