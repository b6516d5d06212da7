package vn.vetflow.kpi;

import java.sql.Timestamp;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.vetflow.inspection.FindingRecorded;
import vn.vetflow.inspection.InspectionClassified;
import vn.vetflow.inspection.InspectionEventLog;
import vn.vetflow.inspection.InspectionStageChanged;
import vn.vetflow.inspection.RemediationChanged;

/**
 * Keeps {@code kpi_inspection}, {@code kpi_finding} and {@code kpi_remediation} equal to what the
 * inspection module published. Runs after the inspection's transaction committed (a rolled-back step
 * leaves no row), asynchronously and recorded in the event publication registry (resubmitted when it
 * failed or a crash cut it off). Each event replays the inspection's journal, oldest first, through
 * idempotent upserts: reactions that run out of order or twice still end with the same rows.
 */
@Component
class InspectionRecorder {

    private final KpiStore store;
    private final KpiUpdater cases;
    private final KpiUpkeep upkeep;
    private final ObjectProvider<InspectionEventLog> journal;

    InspectionRecorder(KpiStore store, KpiUpdater cases, KpiUpkeep upkeep, ObjectProvider<InspectionEventLog> journal) {
        this.store = store;
        this.cases = cases;
        this.upkeep = upkeep;
        this.journal = journal;
    }

    @Async
    @TransactionalEventListener
    public void on(InspectionStageChanged e) {
        upkeep.forCase(e.code(), () -> {
            replay(e.code(), e);
            cases.refresh(e.code(), KpiUpdater.Cells.DELTAS);
        });
    }

    /** Brings one inspection's rows and its steps up to date from its journal (the self-repair uses it). */
    void refresh(String code) {
        upkeep.forCase(code, () -> {
            replay(code, null);
            cases.refresh(code, KpiUpdater.Cells.DELTAS);
        });
    }

    @Async
    @TransactionalEventListener
    public void on(InspectionClassified e) {
        upkeep.forCase(e.code(), () -> replay(e.code(), e));
    }

    @Async
    @TransactionalEventListener
    public void on(FindingRecorded e) {
        upkeep.forCase(e.code(), () -> replay(e.code(), e));
    }

    @Async
    @TransactionalEventListener
    public void on(RemediationChanged e) {
        upkeep.forCase(e.code(), () -> replay(e.code(), e));
    }

    /**
     * The inspection's rows from its whole journal; the event alone when it never went through a journal
     * (no inspection module in this application, or published by another path).
     */
    private void replay(String code, Object event) {
        InspectionEventLog events = journal.getIfAvailable();
        int[] replayed = {0};
        if (events != null) {
            events.replay(code, journalled -> {
                replayed[0]++;
                apply(journalled);
            });
        }
        if (replayed[0] == 0 && event != null) {
            apply(event);
        }
    }

    /** Applies one published event (also used by a replay). */
    void apply(Object event) {
        if (event instanceof InspectionStageChanged e) {
            store.inspectionStage(e.code(), e.institutionCode(), e.institutionName(), e.stage().name(), e.paper(),
                    ts(e.at()));
        } else if (event instanceof InspectionClassified e) {
            store.inspectionClassified(e.code(), e.institutionCode(), e.closedOn(), e.digital(), e.paper(),
                    e.reasons() == null ? null : String.join(",", e.reasons()), ts(e.at()));
        } else if (event instanceof FindingRecorded e) {
            store.finding(e.findingId(), e.code(), e.area() == null ? "-" : e.area(), e.violation(), ts(e.at()));
        } else if (event instanceof RemediationChanged e) {
            store.remediation(e.recommendationId(), e.code(), e.area(), e.dueOn(), e.status().name(), ts(e.at()));
        }
    }

    private static Timestamp ts(java.time.Instant at) {
        return Timestamp.from(at == null ? java.time.Instant.EPOCH : at);
    }
}
