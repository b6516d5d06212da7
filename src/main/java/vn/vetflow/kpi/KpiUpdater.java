package vn.vetflow.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import vn.vetflow.calendar.WorkingCalendar;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierHistoryEntry;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.SatisfactionRatings;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.publicservice.ProcessSteps;

/**
 * Brings one case's rows up to date from the sources (dossier tables, the engine's history, ratings) and moves
 * the daily cells by the difference between the case's old rows and its new ones (see {@link KpiDeltas}): only
 * the rows and cells that changed are written, and a refresh that finds nothing changed writes nothing.
 * Idempotent: refreshing twice changes nothing. Refreshes of one case run one after the other (the case's row
 * lock, {@link KpiUpkeep}); several requests for a case that arrive while one is waiting are served by it
 * ({@link PendingRefreshes}).
 */
@Service
class KpiUpdater {

    static final String PUBLIC_SERVICE = "public-service";

    /** What a refresh does with the daily cells. */
    enum Cells {
        /** Adds the case's difference (the normal upkeep, under the case's lock). */
        DELTAS,
        /** Recomputes the cells the case left or entered from the fact rows (repair, under the exclusive lock). */
        RECOMPUTE,
        /** Leaves them: the caller recomputes every cell afterwards (rebuild). */
        NONE
    }

    private final KpiStore store;
    private final DossierService dossiers;
    private final SatisfactionRatings ratings;
    private final HistoryService history;
    private final OrganisationUnits units;
    private final WorkingCalendar calendar;
    private final KpiUpkeep upkeep;
    private final PendingRefreshes pending = new PendingRefreshes();

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

    /** Refreshes the steps of a case and, when it is a dossier, its dossier row; returns once that committed. */
    public void refresh(String businessKey) {
        pending.refresh(businessKey, () -> upkeep.forCase(businessKey, () -> refresh(businessKey, Cells.DELTAS)));
    }

    /** Refreshes a case whose rows may disagree with the cells (deleted by hand, restored): recomputes its cells. */
    void repair(String businessKey) {
        upkeep.exclusively(() -> {
            refresh(businessKey, Cells.RECOMPUTE);
            return null;
        });
    }

    /** Inside a transaction that holds the case's lock ({@link KpiUpkeep#forCase}) or the exclusive one. */
    void refresh(String businessKey, Cells cells) {
        var dossier = dossiers.find(businessKey);
        List<StepFact> oldSteps = store.storedSteps(businessKey);
        List<StepFact> steps = steps(businessKey, dossier.map(Dossier::getProcedureId).orElse(null), oldSteps);
        KpiDeltas deltas = new KpiDeltas();
        oldSteps.forEach(s -> deltas.step(s, -1));
        steps.forEach(s -> deltas.step(s, 1));
        store.writeSteps(oldSteps, steps);
        DossierFact old = null;
        DossierFact fact = null;
        if (dossier.isPresent()) {
            old = store.storedDossier(businessKey).orElse(null);
            fact = DossierFacts.compute(input(dossier.get(), officer(steps)), calendar);
            if (fact.equals(old)) {
                fact = old;
            } else {
                store.writeDossier(old, fact);
                deltas.dossier(old, -1);
                deltas.dossier(fact, 1);
            }
        }
        switch (cells) {
            case DELTAS -> store.apply(deltas.net(), upkeep.postgres());
            case RECOMPUTE -> {
                Set<KpiStore.Cell> dossierCells = new LinkedHashSet<>();
                for (DossierFact f : new DossierFact[] {old, fact}) {
                    if (f != null) {
                        dossierCells.addAll(KpiStore.cells(f));
                    }
                }
                store.recompute(dossierCells);
                Set<KpiStore.StepCell> stepCells = new LinkedHashSet<>();
                for (List<StepFact> list : List.of(oldSteps, steps)) {
                    list.stream().filter(s -> s.endDay() != null)
                            .forEach(s -> stepCells.add(new KpiStore.StepCell(s.endDay(), s.processKey(), s.stepKey())));
                }
                store.recomputeSteps(stepCells);
            }
            case NONE -> { }
        }
    }

    /**
     * The case's user tasks from the engine's history. When a task was first taken is read from the identity
     * link log only while it can still change: once a stored step has a claim time or has ended, it is kept.
     */
    List<StepFact> steps(String businessKey, String procedureId, List<StepFact> stored) {
        Map<String, StepFact> known = new HashMap<>();
        stored.forEach(s -> known.put(s.taskId(), s));
        List<StepFact> steps = new ArrayList<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                .list()) {
            StepFact before = known.get(task.getId());
            Instant claimed = before != null && (before.claimedAt() != null || before.endedAt() != null)
                    ? before.claimedAt()
                    : history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                            // IdentityLinkType.ASSIGNEE's value: the history API alone, no task API here
                            .type("assignee").operationType("add").orderByTime().asc().list().stream()
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

    /** The officer of a dossier: who completed its appraisal last, else who last held one of its tasks. */
    static String officer(List<StepFact> steps) {
        return steps.stream().filter(s -> s.assignee() != null)
                .min(Comparator.comparing((StepFact s) -> "Task_Appraisal".equals(s.stepKey()) ? 0 : 1)
                        .thenComparing(StepFact::createdAt, Comparator.reverseOrder()))
                .map(StepFact::assignee).orElse(null);
    }

    DossierFacts.Input input(Dossier d, String officer) {
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
        DigitisedParts digitised = DigitisedParts.of(store.jdbc(), d.getCode());
        Integer rating = ratings.of(d.getCode()).map(r -> r.score()).orElse(null);
        String unit = units.unitFor(PUBLIC_SERVICE, d.getProcedureId(), null);
        return new DossierFacts.Input(d.getCode(), d.getProcedureId(), d.getProcedureName(), unit, officer,
                d.getChannel() == null ? 2 : d.getChannel().code(), d.getStatus().code(),
                d.getOutcome() == null ? null : d.getOutcome().name(), d.getSubmittedAt(), d.getReceivedAt(),
                d.getReceiptDay(), d.getOriginalAppointmentDate(), d.getProcessingEndedAt(), d.getReturnedAt(),
                supplements, moves, d.getFeeAmount(), d.getPaymentChannel() != null, resultStored,
                digitised.componentsDigitised(), digitised.resultDigitised(), digitised.reusedComponent(), rating, false,
                PortalSync.synced(store.jdbc(), d.getCode()));
    }
}
