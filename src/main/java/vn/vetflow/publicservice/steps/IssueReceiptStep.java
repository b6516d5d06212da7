package vn.vetflow.publicservice.steps;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;

/**
 * Reception accepted a complete, valid dossier: the legal clock starts from the receipt day (the next
 * working day after the cut-off hour) and the appointment date is the deadline in working days after it.
 */
@Component("issueReceipt")
class IssueReceiptStep extends DossierStep {

    IssueReceiptStep(StepSupport support) {
        super(support, "reception");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        Instant now = support.deadlines().now();
        LocalDate receiptDay = support.deadlines().calendar().receiptDay(now);
        LocalDate appointment = support.deadlines().appointment(receiptDay, version(dossier).deadlineDays(), 0);
        dossier.receive(actor, now, receiptDay, appointment, text(execution, "decisionNote"));
        support.documents().receipt(dossier, actor);
    }
}
