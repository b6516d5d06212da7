package vn.vetflow.publicservice.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.publicservice.DossierEscalated;
import vn.vetflow.shared.DateFormats;

/** The appointment date passed: the leader gets a task to apologise and set a new date (form 04). */
@Component("escalateOverdue")
class EscalateOverdueStep extends DossierStep {

    private final ApplicationEventPublisher events;

    EscalateOverdueStep(StepSupport support, ApplicationEventPublisher events) {
        super(support, "deadline");
        this.events = events;
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        dossier.note(actor, support.deadlines().now(), "OVERDUE", "Hồ sơ đã quá hạn trả kết quả ngày "
                + DateFormats.date(dossier.getAppointmentDate())
                + "; đã chuyển lãnh đạo xử lý.");
        events.publishEvent(new DossierEscalated(dossier.getCode(), dossier.getProcedureId(),
                dossier.getProcedureName(), dossier.getAppointmentDate()));
    }
}
