package vn.vetflow.reporting;

import java.time.LocalDate;

/**
 * The Department's request to open a round: a kind and a year (six months, year: Decree 09 periods), or an ad
 * hoc round with its own period and due day.
 */
public record OpenRound(RoundRules.RoundKind kind, Integer year, LocalDate from, LocalDate to, LocalDate dueOn) {
}
