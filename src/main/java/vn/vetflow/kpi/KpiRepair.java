package vn.vetflow.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.inspection.InspectionClassified;
import vn.vetflow.inspection.InspectionEventLog;
import vn.vetflow.inspection.InspectionStageChanged;

/**
 * The read model repairs itself: periodically (on one node at a time) it is compared with the dossiers
 * (a row for each, with the dossier's current status) and with the inspections' journals (each
 * inspection's last stage and classification), and every case that is missing or behind is refreshed from
 * its sources. Reactions are durable already; this catches what nothing else would: a row deleted by hand,
 * a publication given up on, data restored from a backup.
 */
@Component
class KpiRepair {

    private static final Logger log = LoggerFactory.getLogger(KpiRepair.class);

    private final DossierService dossiers;
    private final KpiStore store;
    private final KpiUpdater updater;
    private final InspectionRecorder inspections;
    private final ObjectProvider<InspectionEventLog> journal;

    KpiRepair(DossierService dossiers, KpiStore store, KpiUpdater updater, InspectionRecorder inspections,
              ObjectProvider<InspectionEventLog> journal) {
        this.dossiers = dossiers;
        this.store = store;
        this.updater = updater;
        this.inspections = inspections;
        this.journal = journal;
    }

    @Scheduled(cron = "${vetflow.kpi.repair-cron:0 20 * * * *}")
    @SchedulerLock(name = "kpi-repair", lockAtMostFor = "PT30M")
    void scheduledCheck() {
        check();
    }

    /** Compares and replays; returns the cases that were missing or behind (dossier and inspection codes). */
    List<String> check() {
        List<String> repaired = new ArrayList<>();
        Map<String, Integer> stored = store.dossierStatuses();
        dossiers.statusCodes().forEach((code, status) -> {
            if (!status.equals(stored.get(code))) {
                repaired.add(code);
            }
        });
        // Repair, not delta: a row deleted by hand left its contribution in the cells.
        repaired.forEach(updater::repair);
        InspectionEventLog events = journal.getIfAvailable();
        if (events != null) {
            List<String> behind = inspectionsBehind(events);
            behind.forEach(inspections::refresh);
            repaired.addAll(behind);
        }
        if (!repaired.isEmpty()) {
            log.warn("KPI read model repaired: {} cases were missing or behind their sources", repaired.size());
        }
        return repaired;
    }

    private List<String> inspectionsBehind(InspectionEventLog events) {
        Map<String, String> stage = new HashMap<>();
        Map<String, Boolean> classified = new HashMap<>();
        events.replay(event -> {
            if (event instanceof InspectionStageChanged e) {
                stage.put(e.code(), e.stage().name());
                classified.putIfAbsent(e.code(), false);
            } else if (event instanceof InspectionClassified e) {
                classified.put(e.code(), true);
                stage.putIfAbsent(e.code(), "CLOSED");
            }
        });
        Map<String, String> stored = store.inspectionStates();
        List<String> behind = new ArrayList<>();
        stage.forEach((code, last) -> {
            if (!Objects.equals(stored.get(code), last + "/" + classified.get(code))) {
                behind.add(code);
            }
        });
        return behind;
    }
}
