package vn.vetflow.publicservice.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.shared.DateFormats;

/** A few working days before the appointment: the warning goes on the control slip and to the task lists. */
@Component("warnDueSoon")
class WarnDueSoonStep extends DossierStep {

    WarnDueSoonStep(StepSupport support) {
        super(support, "deadline");
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        dossier.note(actor, support.deadlines().now(), "DUE_SOON", "Hồ sơ sắp đến hạn trả kết quả ngày "
                + DateFormats.date(dossier.getAppointmentDate()) + ".");
    }
}
