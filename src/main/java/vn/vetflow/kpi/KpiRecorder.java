package vn.vetflow.kpi;

import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.vetflow.dossier.DossierStatusChanged;
import vn.vetflow.portal.DossierRated;
import vn.vetflow.publicservice.TaskCompleted;
import vn.vetflow.tasks.TaskAssigneeChanged;

/**
 * Feeds the read model: every dossier status change, task hand-over, completed step and rating marks its
 * case; once the transaction has committed, each marked case is refreshed once. A failure here never
 * undoes the user's step; the rows are refreshed again by the next event or by a rebuild.
 */
@Component
class KpiRecorder {

    private static final Logger log = LoggerFactory.getLogger(KpiRecorder.class);

    private final KpiUpdater updater;

    KpiRecorder(KpiUpdater updater) {
        this.updater = updater;
    }

    @EventListener
    void on(DossierStatusChanged event) {
        mark(event.code());
    }

    @EventListener
    void on(TaskAssigneeChanged event) {
        mark(event.businessKey());
    }

    @EventListener
    void on(TaskCompleted event) {
        mark(event.dossierCode());
    }

    @EventListener
    void on(DossierRated event) {
        mark(event.dossierCode());
    }

    void mark(String businessKey) {
        if (businessKey == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(Set.of(businessKey));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> marked = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (marked == null) {
            Set<String> fresh = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KpiRecorder.this);
                    if (status == STATUS_COMMITTED) {
                        refresh(fresh);
                    }
                }
            });
            marked = fresh;
        }
        marked.add(businessKey);
    }

    private void refresh(Set<String> keys) {
        for (String key : keys) {
            try {
                updater.refresh(key);
            } catch (RuntimeException e) {
                log.warn("KPI rows of {} not refreshed ({}); a rebuild will restore them", key, e.toString());
            }
        }
    }
}
