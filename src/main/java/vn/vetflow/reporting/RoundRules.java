package vn.vetflow.reporting;

import java.time.LocalDate;
import java.util.Map;

/**
 * How rounds are dated (processes/reporting/rounds.yaml): Decree 09/2019 periods, the due day after a period
 * per kind of round, the reminder, the close day, and the change that flags a figure for the reviewer.
 */
public record RoundRules(boolean confirmed, Map<String, Integer> dueDaysAfterPeriod, int reminderDaysBefore,
                         int closeDaysAfterDue, int jumpPercent) {

    public RoundRules {
        dueDaysAfterPeriod = Map.copyOf(dueDaysAfterPeriod);
    }

    /** A period of a kind of round and its year: 6 months = 15/12 of the previous year to 14/06, year = to 14/12. */
    public static Period period(RoundKind kind, int year) {
        LocalDate from = LocalDate.of(year - 1, 12, 15);
        return switch (kind) {
            case HALF_YEAR -> new Period(from, LocalDate.of(year, 6, 14));
            case YEAR -> new Period(from, LocalDate.of(year, 12, 14));
            case AD_HOC -> throw new IllegalArgumentException("An ad hoc round has the dates it is given");
        };
    }

    /** The day reports of a round of this kind ending on that day are due. */
    public LocalDate dueOn(RoundKind kind, LocalDate periodTo) {
        Integer days = dueDaysAfterPeriod.get(kind.name());
        if (days == null) {
            throw new IllegalStateException("processes/reporting/rounds.yaml gives no due day for " + kind);
        }
        return periodTo.plusDays(days);
    }

    public LocalDate reminderOn(LocalDate dueOn) {
        return dueOn.minusDays(reminderDaysBefore);
    }

    public LocalDate closeOn(LocalDate dueOn) {
        return dueOn.plusDays(closeDaysAfterDue);
    }

    /** A reporting period, both days included. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** The kinds of rounds; label {@code reporting.kind.<name>}. */
    public enum RoundKind {
        HALF_YEAR, YEAR, AD_HOC
    }
}
