package vn.vetflow.institution;

import java.time.LocalDate;

/**
 * A periodic report the institution owes the department, as {@link ReportPunctuality} lists it; {@code submittedOn}
 * (its first submission) null while not submitted.
 */
public record PeriodicReport(long id, String title, LocalDate dueOn, LocalDate submittedOn) {

    /** Late: submitted after its due day, or still missing after it. */
    public boolean late(LocalDate today) {
        return submittedOn == null ? dueOn.isBefore(today) : submittedOn.isAfter(dueOn);
    }
}
