package vn.vetflow.inspection;

import java.time.Instant;
import java.time.LocalDate;

/** A legal time limit of an inspection and whether it was reminded or escalated. */
public record Deadline(String kind, LocalDate dueOn, Instant remindedAt, Instant escalatedAt) {
}
