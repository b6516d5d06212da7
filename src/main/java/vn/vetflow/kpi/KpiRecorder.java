package vn.vetflow.kpi;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.vetflow.dossier.DigitisationChanged;
import vn.vetflow.dossier.DossierRated;
import vn.vetflow.dossier.DossierStatusChanged;
import vn.vetflow.publicservice.TaskCompleted;
import vn.vetflow.tasks.TaskAssigneeChanged;

/**
 * Feeds the read model: every dossier status change, task hand-over, completed step, rating and change of
 * digitisation facts (a scan at the desk, a result handed over) refreshes
 * its case once the change has committed. Each reaction is recorded in the event publication registry in
 * the publishing transaction, runs asynchronously after commit, and stays incomplete until the refresh
 * committed: a crash or a failure in between leaves it to be resubmitted (shared.EventRetries, and at
 * start-up). A refresh recomputes the case's rows from the sources and moves the daily cells by the difference,
 * so running it twice is harmless; repeated events for one case that wait together are served by one refresh.
 *
 * <p>Not {@code @ApplicationModuleListener}: that would open the listener's transaction (and take a pooled
 * connection) before {@link KpiUpdater} merged the request with one already waiting for the same case.
 */
@Component
class KpiRecorder {

    private final KpiUpdater updater;

    KpiRecorder(KpiUpdater updater) {
        this.updater = updater;
    }

    @Async
    @TransactionalEventListener
    public void on(DossierStatusChanged event) {
        mark(event.code());
    }

    @Async
    @TransactionalEventListener
    public void on(TaskAssigneeChanged event) {
        mark(event.businessKey());
    }

    @Async
    @TransactionalEventListener
    public void on(TaskCompleted event) {
        mark(event.dossierCode());
    }

    @Async
    @TransactionalEventListener
    public void on(DossierRated event) {
        mark(event.dossierCode());
    }

    @Async
    @TransactionalEventListener
    public void on(DigitisationChanged event) {
        mark(event.dossierCode());
    }

    void mark(String businessKey) {
        if (businessKey != null) {
            updater.refresh(businessKey);
        }
    }
}
