package vn.vetflow.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** An institution's report of a round (reporting_report). {@code late}: first submitted after its due day. */
public record Report(long id, long roundId, String roundCode, String institutionCode, ReportStatus status,
                     LocalDate dueOn, Instant firstSubmittedAt, Instant submittedAt, String submittedBy, boolean late,
                     int returnedCount, Instant acceptedAt, String acceptedBy) {

    /** The institution may still change it: not submitted yet, or returned for correction. */
    public boolean editable() {
        return status == ReportStatus.EXPECTED || status == ReportStatus.RETURNED;
    }
}
