package vn.vetflow.publicservice.steps;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;

/**
 * Hands the dossier to appraisal (status 4). If the clock waited for a payment, the appointment moves by
 * the working days it waited. Sets the dates of the due-soon and overdue timers of the processing
 * subprocess, which are created right after this step.
 */
@Component("startProcessing")
class StartProcessingStep extends DossierStep {

    StartProcessingStep(StepSupport support) {
        super(support, "reception");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        LocalDate today = support.deadlines().today();
        LocalDate appointment = dossier.getAppointmentDate();
        int pausedDays = 0;
        if (dossier.isClockPaused()) {
            pausedDays = support.deadlines().calendar().workingDaysBetween(dossier.getPausedOn(), today);
            appointment = support.deadlines().calendar().extend(appointment, dossier.getPausedOn(), today);
        }
        dossier.startProcessing(actor, support.deadlines().now(), pausedDays, appointment);
        execution.setVariable("dueSoonAt", support.deadlines().dueSoonAt(appointment));
        execution.setVariable("overdueAt", support.deadlines().overdueAt(appointment));
    }
}
