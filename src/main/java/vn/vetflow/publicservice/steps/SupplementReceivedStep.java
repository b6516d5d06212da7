package vn.vetflow.publicservice.steps;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;

/**
 * The applicant answered. Before receipt the dossier goes back to reception; after receipt the clock runs
 * again and the appointment moves by the working days it was paused.
 */
@Component("supplementReceived")
class SupplementReceivedStep extends DossierStep {

    SupplementReceivedStep(StepSupport support) {
        super(support, "supplement");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        LocalDate today = support.deadlines().today();
        LocalDate oldAppointment = dossier.getAppointmentDate();
        if (dossier.isClockPaused()) {
            int pausedDays = support.deadlines().calendar().workingDaysBetween(dossier.getPausedOn(), today);
            LocalDate newAppointment = support.deadlines().calendar().extend(oldAppointment, dossier.getPausedOn(), today);
            dossier.supplementProvided(actor, support.deadlines().now(), pausedDays, newAppointment);
            support.timers().resume(execution.getProcessInstanceId(),
                    support.deadlines().dueSoonAt(newAppointment), support.deadlines().overdueAt(newAppointment));
        } else {
            dossier.supplementProvided(actor, support.deadlines().now(), 0, oldAppointment);
        }
        support.dossiers().openSupplementRequest(dossier).ifPresent(request -> support.dossiers()
                .answerSupplementRequest(request, text(execution, "supplementNote"), oldAppointment,
                        dossier.getAppointmentDate()));
    }
}
