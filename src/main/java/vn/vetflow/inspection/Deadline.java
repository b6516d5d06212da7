package vn.vetflow.inspection;

import java.time.Instant;
import java.time.LocalDate;

/** A legal time limit of an inspection and whether it was reminded or escalated. */
public record Deadline(String kind, LocalDate dueOn, Instant remindedAt, Instant escalatedAt) {

    /** The limit of deadlines.yaml: {@code kind} is the limit, or limit-id for one recommendation or violation. */
    public String limit() {
        return limitOf(kind);
    }

    /** The recommendation's or violation's id, or "" for a limit of the whole inspection. */
    public String ref() {
        return kind.equals(limitOf(kind)) ? "" : kind.substring(kind.lastIndexOf('-') + 1);
    }

    static String limitOf(String kind) {
        int dash = kind.lastIndexOf('-');
        return dash > 0 && kind.substring(dash + 1).matches("\\d+") ? kind.substring(0, dash) : kind;
    }
}
