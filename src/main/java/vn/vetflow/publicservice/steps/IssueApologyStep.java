package vn.vetflow.publicservice.steps;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.shared.DateFormats;

/** The leader set a new date: the apology (form 04) goes to the applicant and the appointment moves. */
@Component("issueApology")
class IssueApologyStep extends DossierStep {

    IssueApologyStep(StepSupport support) {
        super(support, "escalation");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        LocalDate newDate = DateFormats.parse(text(execution, "newAppointmentDate"));
        String reason = text(execution, "apologyReason");
        LocalDate oldDate = dossier.getAppointmentDate();
        dossier.reschedule(actor, support.deadlines().now(), newDate, reason);
        support.documents().apology(dossier, actor, oldDate, newDate, reason);
    }
}
