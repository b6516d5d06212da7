package vn.vetflow.publicservice;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.vetflow.calendar.Timeliness;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;

/**
 * Gives every user task of the public-service process its own deadline from the catalogue's step budget,
 * and writes a line of the process control slip (form 06) when it is completed: who, when, the step's
 * deadline and whether it was early, on time or late. Works the same whether our pages or Camunda's
 * Tasklist complete the task.
 */
@Component
public class StepTracker {

    private final DossierService dossiers;
    private final ProcedureCatalogue catalogue;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;

    StepTracker(DossierService dossiers, ProcedureCatalogue catalogue, Deadlines deadlines,
                ApplicationEventPublisher events) {
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
        this.events = events;
    }

    public void created(DelegateTask task) {
        ProcessSteps.stepOf(task.getTaskDefinitionKey()).ifPresent(step -> {
            Dossier dossier = dossiers.get(task.getExecution().getProcessBusinessKey());
            int budget = budget(dossier, step);
            LocalDate start = "reception".equals(step)
                    ? deadlines.calendar().receiptDay(deadlines.now())
                    : deadlines.today();
            task.setDueDate(deadlines.endOf(deadlines.addWorkingDays(start, budget)));
            if (!StepGroups.ESCALATION.equals(step)) {
                dossier.enterStep(step);
                dossiers.save(dossier);
            }
        });
    }

    public void completed(DelegateTask task) {
        ProcessSteps.stepOf(task.getTaskDefinitionKey()).ifPresent(step -> {
            Dossier dossier = dossiers.get(task.getExecution().getProcessBusinessKey());
            Instant now = deadlines.now();
            LocalDate dueOn = task.getDueDate() == null ? null
                    : LocalDate.ofInstant(task.getDueDate().toInstant(), deadlines.calendar().zone());
            Timeliness timeliness = dueOn == null ? null
                    : deadlines.calendar().classify(LocalDate.ofInstant(now, deadlines.calendar().zone()), dueOn);
            String decision = ProcessSteps.decisionField(task.getTaskDefinitionKey())
                    .map(task::getVariable).map(Object::toString).orElse("COMPLETED");
            String note = ProcessSteps.noteField(task.getTaskDefinitionKey())
                    .map(task::getVariable).map(Object::toString).orElse(null);
            var actor = StepActor.of(task, step);
            dossier.stepCompleted(actor, now, decision, note, task.getCreateTime().toInstant(), dueOn, timeliness);
            dossiers.save(dossier);
            events.publishEvent(new TaskCompleted(dossier.getCode(), task.getId(), task.getTaskDefinitionKey(),
                    decision, actor.username()));
        });
    }

    private int budget(Dossier dossier, String step) {
        ProcedureVersion version = catalogue.version(dossier.getProcedureId(), dossier.getProcedureVersion());
        if (StepGroups.ESCALATION.equals(step)) {
            return 1;
        }
        return version.step(step).map(s -> s.days()).orElse(0);
    }
}
