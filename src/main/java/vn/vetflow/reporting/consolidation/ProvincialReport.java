package vn.vetflow.reporting.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.vetflow.institution.InstitutionType;

/**
 * The provincial report of a round: figures summed over the accepted reports only, the tables by level and
 * occupation, how many institutions of each type it covers, and the round's coverage.
 */
public record ProvincialReport(Round round, Coverage coverage, List<FigureTotal> figures, List<TableCell> cells,
                               Map<InstitutionType, Long> acceptedByType, List<ReportLine> reports) {

    public record Round(long id, String code, String periodKind, LocalDate from, LocalDate to, LocalDate dueOn,
                        String status) {
    }

    /**
     * Reports expected in the round and what became of them; {@code pending} are submitted or returned and not yet
     * accepted, {@code late} those first submitted after their due day.
     */
    public record Coverage(int expected, int accepted, int pending, int missing, int late) {

        /** Accepted reports as a percentage of those expected, one decimal; null when none is expected. */
        public BigDecimal acceptedPercent() {
            return percent(accepted, expected);
        }
    }

    /**
     * A figure summed over the accepted reports; {@code share} is its percentage of {@code shareOf} (the figure it
     * cannot exceed, or the institutions answering for a yes/no figure), null when there is none.
     */
    public record FigureTotal(String key, BigDecimal total, int institutions, boolean yesNo, String shareOf,
                              BigDecimal shareOfTotal, BigDecimal share) {
    }

    /** A cell of a table (enrolment, graduates) summed over the accepted reports. */
    public record TableCell(String table, String level, String occupationCode, String occupationName, BigDecimal total) {
    }

    /** One institution's report in the round. */
    public record ReportLine(long id, String institutionCode, String institutionName, InstitutionType type,
                             String status, boolean late, LocalDate dueOn) {
    }

    public FigureTotal figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    static BigDecimal percent(Number part, Number whole) {
        BigDecimal w = new BigDecimal(whole.toString());
        if (w.signum() == 0) {
            return null;
        }
        return new BigDecimal(part.toString()).multiply(BigDecimal.valueOf(100)).divide(w, 1, RoundingMode.HALF_UP);
    }
}
