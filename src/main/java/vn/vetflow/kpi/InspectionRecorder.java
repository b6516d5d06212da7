package vn.vetflow.kpi;

import java.sql.Timestamp;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.inspection.FindingRecorded;
import vn.vetflow.inspection.InspectionClassified;
import vn.vetflow.inspection.InspectionStageChanged;
import vn.vetflow.inspection.RemediationChanged;

/**
 * Keeps {@code kpi_inspection}, {@code kpi_finding} and {@code kpi_remediation} equal to what the
 * inspection module published. Each event is an idempotent upsert, so a replay gives the same rows.
 */
@Component
class InspectionRecorder {

    private final KpiStore store;
    private final KpiRecorder cases;

    InspectionRecorder(KpiStore store, KpiRecorder cases) {
        this.store = store;
        this.cases = cases;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(InspectionStageChanged e) {
        apply(e);
        cases.mark(e.code());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(InspectionClassified e) {
        apply(e);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(FindingRecorded e) {
        apply(e);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(RemediationChanged e) {
        apply(e);
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
