package vn.vetflow.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** A reporting round (reporting_round); status OPEN, CLOSED, CONSOLIDATED or SUBMITTED. */
public record Round(long id, String code, String periodKind, LocalDate periodFrom, LocalDate periodTo, LocalDate dueOn,
                    String templateKey, String status, String openedBy, Instant openedAt, Instant closedAt,
                    String processInstanceId) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
