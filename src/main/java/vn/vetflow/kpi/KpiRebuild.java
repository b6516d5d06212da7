package vn.vetflow.kpi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.vetflow.inspection.InspectionEventLog;

/**
 * Rebuilds the read model from scratch: every case the engine's history knows (dossiers and their steps,
 * other processes' steps), the inspection event log when the inspection module provides one, then every
 * daily cell. The admin button, {@code --vetflow.kpi.rebuild=true} and an empty read model at startup
 * all come here.
 */
@Service
class KpiRebuild {

    private static final Logger log = LoggerFactory.getLogger(KpiRebuild.class);
    private static final int PAGE = 500;

    private final KpiStore store;
    private final KpiUpdater updater;
    private final HistoryService history;
    private final InspectionRecorder inspections;
    private final ObjectProvider<InspectionEventLog> inspectionLog;

    private final KpiUpkeep upkeep;

    KpiRebuild(KpiStore store, KpiUpdater updater, HistoryService history, InspectionRecorder inspections,
               ObjectProvider<InspectionEventLog> inspectionLog, KpiUpkeep upkeep) {
        this.upkeep = upkeep;
        this.store = store;
        this.updater = updater;
        this.history = history;
        this.inspections = inspections;
        this.inspectionLog = inspectionLog;
    }

    /** Everything from scratch, in one transaction; synthetic demo rows are kept. Returns the case count. */
    public int rebuild() {
        return upkeep.exclusively(this::rebuildInCurrentTransaction);
    }

    private int rebuildInCurrentTransaction() {
        {
            long started = System.nanoTime();
            store.jdbc().update("delete from kpi_pause where code in (select code from kpi_dossier where demo = false)");
            store.jdbc().update("delete from kpi_dossier where demo = false");
            store.jdbc().update("delete from kpi_step where business_key not in (select code from kpi_dossier)");
            Set<String> keys = new LinkedHashSet<>();
            for (int first = 0; ; first += PAGE) {
                List<HistoricProcessInstance> page = history.createHistoricProcessInstanceQuery()
                        .orderByProcessInstanceStartTime().asc().listPage(first, PAGE);
                page.stream().map(HistoricProcessInstance::getBusinessKey).filter(k -> k != null).forEach(keys::add);
                if (page.size() < PAGE) {
                    break;
                }
            }
            for (String key : keys) {
                updater.refresh(key, KpiUpdater.Cells.NONE);
            }
            InspectionEventLog events = inspectionLog.getIfAvailable();
            if (events != null) {
                store.jdbc().update("delete from kpi_finding");
                store.jdbc().update("delete from kpi_remediation");
                store.jdbc().update("delete from kpi_inspection where demo = false");
                events.replay(inspections::apply);
            } else {
                log.info("KPI rebuild: no inspection event log in this application, inspections kept as they are");
            }
            store.rebuildAggregates();
            log.info("KPI read model rebuilt: {} cases in {} ms", keys.size(), (System.nanoTime() - started) / 1_000_000);
            return keys.size();
        }
    }
}
