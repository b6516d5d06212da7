package vn.vetflow.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import vn.vetflow.calendar.WorkingCalendar;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierHistoryEntry;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.portal.SatisfactionRatings;
import vn.vetflow.publicservice.ProcessSteps;

/**
 * Brings one case's rows up to date from the sources (dossier tables, the engine's history, ratings) and
 * recomputes the daily cells it left or entered. Idempotent: refreshing twice changes nothing. Refreshes run
 * through {@link KpiUpkeep}, one committed transaction at a time across the cluster, so two refreshes never
 * recompute the same cell from different snapshots.
 */
@Service
class KpiUpdater {

    static final String PUBLIC_SERVICE = "public-service";

    private final KpiStore store;
    private final DossierService dossiers;
    private final SatisfactionRatings ratings;
    private final HistoryService history;
    private final OrganisationUnits units;
    private final WorkingCalendar calendar;

    private final KpiUpkeep upkeep;

    KpiUpdater(KpiStore store, DossierService dossiers, SatisfactionRatings ratings, HistoryService history,
               OrganisationUnits units, WorkingCalendar calendar, KpiUpkeep upkeep) {
        this.upkeep = upkeep;
        this.store = store;
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.history = history;
        this.units = units;
        this.calendar = calendar;
    }

    /** Refreshes the steps of a case and, when it is a dossier, its dossier row. */
    public void refresh(String businessKey) {
        upkeep.run(() -> refreshInCurrentTransaction(businessKey));
    }

    void refreshInCurrentTransaction(String businessKey) {
        var dossier = dossiers.find(businessKey);
        refreshSteps(businessKey, dossier.map(Dossier::getProcedureId).orElse(null));
        dossier.ifPresent(this::refreshDossier);
    }

    private void refreshSteps(String businessKey, String procedureId) {
        Set<KpiStore.StepCell> cells = new LinkedHashSet<>(store.stepCellsOf(businessKey));
        List<StepFact> steps = steps(businessKey, procedureId);
        store.replaceSteps(businessKey, steps);
        steps.stream().filter(s -> s.endDay() != null)
                .forEach(s -> cells.add(new KpiStore.StepCell(s.endDay(), s.processKey(), s.stepKey())));
        store.recomputeSteps(cells);
    }

    List<StepFact> steps(String businessKey, String procedureId) {
        List<StepFact> steps = new ArrayList<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                .list()) {
            Instant claimed = history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                    .type(IdentityLinkType.ASSIGNEE).operationType("add").orderByTime().asc().list().stream()
                    .map(HistoricIdentityLinkLog::getTime).filter(Objects::nonNull).findFirst()
                    .map(java.util.Date::toInstant).orElse(null);
            String processKey = task.getProcessDefinitionKey() == null ? "" : task.getProcessDefinitionKey();
            String unit = units.unitFor(processKey, procedureId,
                    ProcessSteps.stepOf(task.getTaskDefinitionKey()).orElse(null));
            steps.add(StepFact.of(task.getId(), businessKey, processKey, task.getTaskDefinitionKey(), task.getName(),
                    unit, task.getAssignee(), task.getStartTime().toInstant(), claimed,
                    task.getEndTime() == null ? null : task.getEndTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    "completed".equals(task.getDeleteReason()), calendar.zone()));
        }
        return steps;
    }

    private void refreshDossier(Dossier dossier) {
        Set<KpiStore.Cell> cells = new LinkedHashSet<>(store.cellsOf(dossier.getCode()));
        DossierFact fact = DossierFacts.compute(input(dossier), calendar);
        store.saveDossier(fact);
        cells.addAll(KpiStore.cells(fact));
        store.recompute(cells);
    }

    DossierFacts.Input input(Dossier d) {
        List<DossierFacts.Supplement> supplements = dossiers.supplementRequests(d).stream()
                .map(s -> new DossierFacts.Supplement(s.getRequestedAt(), s.getAnsweredAt())).toList();
        List<DossierFacts.StatusMove> moves = new ArrayList<>();
        var previous = (vn.vetflow.dossier.DossierStatus) null;
        for (DossierHistoryEntry entry : dossiers.history(d)) {
            if (entry.getStatus() != null && entry.getStatus() != previous) {
                moves.add(new DossierFacts.StatusMove(entry.getStatus().code(), entry.getAt()));
                previous = entry.getStatus();
            }
        }
        boolean resultStored = dossiers.documents(d).stream().anyMatch(doc -> "RESULT".equals(doc.type()));
        boolean hasAttachments = !dossiers.attachments(d).isEmpty();
        Integer rating = ratings.of(d.getCode()).map(r -> r.score()).orElse(null);
        String unit = units.unitFor(PUBLIC_SERVICE, d.getProcedureId(), null);
        String officer = store.officerOf(d.getCode()).orElse(null);
        return new DossierFacts.Input(d.getCode(), d.getProcedureId(), d.getProcedureName(), unit, officer,
                d.getChannel() == null ? 2 : d.getChannel().code(), d.getStatus().code(),
                d.getOutcome() == null ? null : d.getOutcome().name(), d.getSubmittedAt(), d.getReceivedAt(),
                d.getReceiptDay(), d.getOriginalAppointmentDate(), d.getProcessingEndedAt(), d.getReturnedAt(),
                supplements, moves, d.getFeeAmount(), d.getPaymentChannel() != null, resultStored, hasAttachments,
                rating, false);
    }
}
