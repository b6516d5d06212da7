package vn.vetflow.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.vetflow.calendar.WorkingCalendar;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.publicservice.ProcessSteps;

/**
 * Brings one case's rows up to date from the sources (dossier tables, the engine's history, ratings: read in one
 * statement by {@link KpiSources}; on PostgreSQL they and the stored dossier row come in the round trip that
 * locks the case) and moves the daily cells by the difference between the case's old rows and its new ones (see
 * {@link KpiDeltas}): only the rows and cells that changed are written, and a refresh that finds nothing changed
 * writes nothing. Idempotent: refreshing twice changes nothing. Refreshes of one case run one after the other
 * (the case's row lock, {@link KpiUpkeep}); several requests for a case that arrive while one is waiting are
 * served by it ({@link PendingRefreshes}).
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
    private final KpiSources sources;
    private final OrganisationUnits units;
    private final WorkingCalendar calendar;
    private final KpiUpkeep upkeep;
    private final PendingRefreshes pending = new PendingRefreshes();

    KpiUpdater(KpiStore store, KpiSources sources, OrganisationUnits units, WorkingCalendar calendar,
               KpiUpkeep upkeep) {
        this.upkeep = upkeep;
        this.store = store;
        this.sources = sources;
        this.units = units;
        this.calendar = calendar;
    }

    /** Refreshes the steps of a case and, when it is a dossier, its dossier row; returns once that committed. */
    public void refresh(String businessKey) {
        pending.refresh(businessKey, () -> upkeep.forCase(businessKey, STORED_DOSSIER_AND_SOURCES,
                (stored, sources) -> refresh(businessKey, Cells.DELTAS, stored, sources)));
    }

    /**
     * PostgreSQL: the round trip that locks the case also reads its stored dossier row (in the locking statement)
     * and its sources (in the statement sent with it): a refresh's reads cost no round trip of their own.
     */
    static final KpiUpkeep.LockingRead<Optional<DossierFact>, KpiSources.Case> STORED_DOSSIER_AND_SOURCES =
            new KpiUpkeep.LockingRead<>(KpiStore.STORED_DOSSIER_COLUMNS, KpiStore.STORED_DOSSIER_JOINS, "p.seq",
                    rs -> KpiStore.storedDossier(rs, 1), KpiSources.CASE, KpiSources.CASE_KEYS, KpiSources::rows);

    /** Refreshes a case whose rows may disagree with the cells (deleted by hand, restored): recomputes its cells. */
    void repair(String businessKey) {
        upkeep.exclusively(() -> {
            refresh(businessKey, Cells.RECOMPUTE);
            return null;
        });
    }

    /** Inside a transaction that holds the case's lock ({@link KpiUpkeep#forCase}) or the exclusive one. */
    void refresh(String businessKey, Cells cells) {
        refresh(businessKey, cells, null, null);
    }

    /** As above, given the stored dossier row and the sources when the locking round trip read them (null: read here). */
    private void refresh(String businessKey, Cells cells, Optional<DossierFact> stored, KpiSources.Case sourcesRead) {
        KpiSources.Case sources = sourcesRead != null ? sourcesRead : this.sources.read(businessKey);
        var dossier = sources.dossier();
        KpiSources.Steps read = sources.steps();
        List<StepFact> oldSteps = read.stored();
        List<StepFact> steps = steps(businessKey, dossier.map(KpiSources.Dossier::procedureId).orElse(null), read);
        KpiDeltas deltas = new KpiDeltas();
        oldSteps.forEach(s -> deltas.step(s, -1));
        steps.forEach(s -> deltas.step(s, 1));
        // The normal upkeep on PostgreSQL sends its writes in one round trip; repair and rebuild read the rows back.
        KpiWrites writes = store.writes(cells == Cells.DELTAS && upkeep.postgres());
        store.writeSteps(oldSteps, steps, upkeep.postgres(), writes);
        DossierFact old = null;
        DossierFact fact = null;
        if (dossier.isPresent()) {
            old = (stored != null ? stored : store.storedDossier(businessKey)).orElse(null);
            fact = DossierFacts.compute(input(dossier.get(), officer(steps)), calendar);
            if (fact.equals(old)) {
                fact = old;
            } else {
                store.writeDossier(old, fact, writes);
                deltas.dossier(old, -1);
                deltas.dossier(fact, 1);
            }
        }
        switch (cells) {
            case DELTAS -> {
                store.apply(deltas.net(), upkeep.postgres(), writes);
                writes.flush();
            }
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
     * The case's user tasks from the engine's history. When a task was first taken comes from the identity link
     * log only while it can still change: once a stored step has a claim time or has ended, it is kept.
     */
    List<StepFact> steps(String businessKey, String procedureId, KpiSources.Steps read) {
        Map<String, StepFact> known = new HashMap<>();
        read.stored().forEach(s -> known.put(s.taskId(), s));
        List<StepFact> steps = new ArrayList<>();
        for (KpiSources.EngineTask task : read.tasks()) {
            StepFact before = known.get(task.id());
            Instant claimed = before != null && (before.claimedAt() != null || before.endedAt() != null)
                    ? before.claimedAt()
                    : task.firstClaim();
            String processKey = task.processKey() == null ? "" : task.processKey();
            String unit = units.unitFor(processKey, procedureId, ProcessSteps.stepOf(task.taskKey()).orElse(null));
            steps.add(StepFact.of(task.id(), businessKey, processKey, task.taskKey(), task.name(), unit,
                    task.assignee(), task.start(), claimed, task.end(), task.due(),
                    "completed".equals(task.deleteReason()), calendar.zone()));
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

    DossierFacts.Input input(KpiSources.Dossier d, String officer) {
        String unit = units.unitFor(PUBLIC_SERVICE, d.procedureId(), null);
        return new DossierFacts.Input(d.code(), d.procedureId(), d.procedureName(), unit, officer, d.channel(),
                d.status(), d.outcome(), d.submittedAt(), d.receivedAt(), d.receiptDay(), d.originalAppointment(),
                d.processingEndedAt(), d.returnedAt(), d.supplements(), d.moves(), d.feeAmount(), d.paidOnline(),
                d.resultDocumentStored(), d.componentsDigitised(), d.resultDigitised(), d.reusedComponent(), d.rating(),
                false, d.portalSynced());
    }
}
