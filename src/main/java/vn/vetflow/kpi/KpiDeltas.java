package vn.vetflow.kpi;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a case's change moves the daily cells: its old fact rows counted with -1, its new ones with +1. A cell
 * whose figures cancel out is not written at all. The cells are kept sorted, so every transaction writes them
 * in the same order. Each figure is what the rebuild's GROUP BY sums for one row ({@link KpiStore}).
 */
final class KpiDeltas {

    /** kpi_daily / kpi_daily_all figures: n, online_n, early, on_time, late, resolution_days, fee_required,
     * paid_online, result_expected, e_result, digitised, rated, dissatisfied, reused, portal_synced. */
    static final int DAILY_FIGURES = 15;
    /** kpi_step_daily figures: n, waiting_seconds, working_seconds, breaches. */
    static final int STEP_FIGURES = 4;

    private static final Comparator<KpiStore.Cell> CELL_ORDER = Comparator.comparing(KpiStore.Cell::day)
            .thenComparing(KpiStore.Cell::kind).thenComparing(KpiStore.Cell::procedureId)
            .thenComparing(KpiStore.Cell::unit).thenComparing(KpiStore.Cell::officer);
    private static final Comparator<KpiStore.StepCell> STEP_ORDER = Comparator.comparing(KpiStore.StepCell::day)
            .thenComparing(KpiStore.StepCell::processKey).thenComparing(KpiStore.StepCell::stepKey);

    /** A cell of kpi_daily_all. */
    record Total(LocalDate day, char kind) implements Comparable<Total> {
        @Override
        public int compareTo(Total o) {
            int byDay = day.compareTo(o.day);
            return byDay != 0 ? byDay : Character.compare(kind, o.kind);
        }
    }

    final Map<KpiStore.Cell, long[]> daily = new TreeMap<>(CELL_ORDER);
    final Map<Total, long[]> totals = new TreeMap<>();
    final Map<KpiStore.StepCell, long[]> steps = new TreeMap<>(STEP_ORDER);

    void dossier(DossierFact f, int sign) {
        if (f == null) {
            return;
        }
        for (KpiStore.Cell cell : KpiStore.cells(f)) {
            long[] figures = figures(f);
            add(daily.computeIfAbsent(cell, c -> new long[DAILY_FIGURES]), figures, sign);
            add(totals.computeIfAbsent(new Total(cell.day(), cell.kind()), c -> new long[DAILY_FIGURES]), figures, sign);
        }
    }

    void step(StepFact s, int sign) {
        if (s == null || s.endDay() == null) {
            return;
        }
        long[] figures = {1, nz(s.waitingSeconds()), nz(s.workingSeconds()), s.breached() ? 1 : 0};
        add(steps.computeIfAbsent(new KpiStore.StepCell(s.endDay(), s.processKey(), s.stepKey()),
                c -> new long[STEP_FIGURES]), figures, sign);
    }

    /** Drops the cells whose old and new contributions cancel out. */
    KpiDeltas net() {
        daily.values().removeIf(KpiDeltas::zero);
        totals.values().removeIf(KpiDeltas::zero);
        steps.values().removeIf(KpiDeltas::zero);
        return this;
    }

    boolean isEmpty() {
        return daily.isEmpty() && totals.isEmpty() && steps.isEmpty();
    }

    /** The same figures for the R and the F cell: the rebuild sums every column over both kinds. */
    private static long[] figures(DossierFact f) {
        return new long[] {1, f.channel() == 2 ? 1 : 0, is("EARLY", f.timeliness()), is("ON_TIME", f.timeliness()),
                is("LATE", f.timeliness()), f.resolutionDays() == null ? 0 : f.resolutionDays(), f.feeRequired() ? 1 : 0,
                f.feeRequired() && f.paidOnline() ? 1 : 0, f.resultExpected() ? 1 : 0, f.eResult() ? 1 : 0,
                f.digitised() ? 1 : 0, f.rating() != null ? 1 : 0, f.dissatisfied() ? 1 : 0, f.reused() ? 1 : 0,
                f.portalSynced() ? 1 : 0};
    }

    private static int is(String value, String timeliness) {
        return value.equals(timeliness) ? 1 : 0;
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }

    private static void add(long[] into, long[] figures, int sign) {
        for (int i = 0; i < figures.length; i++) {
            into[i] += sign * figures[i];
        }
    }

    private static boolean zero(long[] figures) {
        return Arrays.stream(figures).allMatch(v -> v == 0);
    }
}
