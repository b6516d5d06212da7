package vn.vetflow.kpi;

import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.vetflow.dossier.DigitisationChanged;
import vn.vetflow.dossier.DossierRated;
import vn.vetflow.dossier.DossierStatusChanged;
import vn.vetflow.nationalportal.DossierSyncedWithPortal;
import vn.vetflow.publicservice.TaskCompleted;
import vn.vetflow.tasks.TaskAssigneeChanged;

/**
 * Feeds the read model: every dossier status change, task hand-over, completed step, rating, change of
 * digitisation facts (a scan at the desk, a result handed over) and the national portal's acknowledgement of a
 * dossier's last status refreshes its case once the change has
 * committed. A transaction that changes a case several times (a completed step and the status it moves to)
 * publishes one {@link KpiCaseChanged} for it: one row in the event publication registry, written in the
 * publishing transaction; the refresh runs asynchronously after commit, and the row stays incomplete until
 * the refresh committed: a crash or a failure in between leaves it to be resubmitted (shared.EventRetries,
 * and at start-up). A refresh recomputes the case's rows from the sources and moves the daily cells by the
 * difference, so running it twice is harmless; repeated events for one case that wait together are served
 * by one refresh.
 *
 * <p>Not {@code @ApplicationModuleListener}: that would open the listener's transaction (and take a pooled
 * connection) before {@link KpiUpdater} merged the request with one already waiting for the same case.
 */
@Component
class KpiRecorder {

    private final KpiUpdater updater;
    private final ApplicationEventPublisher events;

    KpiRecorder(KpiUpdater updater, ApplicationEventPublisher events) {
        this.updater = updater;
        this.events = events;
    }

    @EventListener
    public void on(DossierStatusChanged event) {
        changed(event.code());
    }

    @EventListener
    public void on(TaskAssigneeChanged event) {
        changed(event.businessKey());
    }

    @EventListener
    public void on(TaskCompleted event) {
        changed(event.dossierCode());
    }

    @EventListener
    public void on(DossierRated event) {
        changed(event.dossierCode());
    }

    @EventListener
    public void on(DigitisationChanged event) {
        changed(event.dossierCode());
    }

    /** The portal acknowledged the dossier's last status: it is now public there (kpi_dossier.portal_synced). */
    @EventListener
    public void on(DossierSyncedWithPortal event) {
        changed(event.dossierCode());
    }

    @Async
    @TransactionalEventListener
    public void on(KpiCaseChanged event) {
        updater.refresh(event.businessKey());
    }

    /** The first change of a case in a transaction publishes its refresh; the later ones ride along. */
    private void changed(String businessKey) {
        if (businessKey != null && casesChangedInThisTransaction().add(businessKey)) {
            events.publishEvent(new KpiCaseChanged(businessKey));
        }
    }

    /** Outside a transaction every change publishes (and the transactional listener lets it go, as it always did). */
    private Set<String> casesChangedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        @SuppressWarnings("unchecked")
        Set<String> cases = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (cases == null) {
            Set<String> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KpiRecorder.this);
                }
            });
            cases = fresh;
        }
        return cases;
    }
}
