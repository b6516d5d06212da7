package vn.vetflow.kpi;

import java.time.LocalDate;

/**
 * What a KPI page shows: a period under a convention, grouped by a dimension; with its URL parameters.
 * {@code judgedOn}: the day the period's running dossiers are judged on, the earlier of today and its end.
 */
public record Selection(Period period, KpiQueries.Dimension dimension, LocalDate judgedOn) {

    /** Dates as Vietnamese users write them; days are already Vietnam days (Asia/Ho_Chi_Minh). */
    static final java.time.format.DateTimeFormatter DD_MM_YYYY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static Selection of(String period, String conv, String by, LocalDate today) {
        Period.Convention convention = "CALENDAR".equalsIgnoreCase(conv) ? Period.Convention.CALENDAR
                : Period.Convention.DECREE_09;
        Period chosen = Period.parse(period, convention, today);
        return new Selection(chosen, KpiQueries.Dimension.of(by), chosen.upTo(today).to());
    }

    /** The period the figures are computed on: cut at {@link #judgedOn()} while it is still under way. */
    public Period judged() {
        return period.upTo(judgedOn);
    }

    /** Whether the period is still under way, so its figures stop at today. */
    public boolean underWay() {
        return judgedOn.isBefore(period.to());
    }

    public String conv() {
        return period.convention().name();
    }

    public String by() {
        return dimension.name().toLowerCase();
    }

    /** Query string of this selection with another period. */
    public String query(Period other) {
        return "period=" + other.param() + "&conv=" + other.convention().name() + "&by=" + by();
    }

    public String query() {
        return query(period);
    }

    public String previousQuery() {
        return query(period.previous());
    }

    public String nextQuery() {
        return query(next());
    }

    public Period next() {
        Period p = period;
        Period candidate = Period.of(p.kind(), p.convention(), p.year() + 1, p.index());
        // walk back from a year ahead until the period before it is ours
        while (!candidate.previous().equals(p)) {
            candidate = candidate.previous();
        }
        return candidate;
    }

    public String otherConventionQuery() {
        Period.Convention other = period.convention() == Period.Convention.DECREE_09 ? Period.Convention.CALENDAR
                : Period.Convention.DECREE_09;
        return query(Period.of(period.kind(), other, period.year(), period.index()));
    }

    public String kindQuery(String kind) {
        Period.Kind k = Period.Kind.valueOf(kind);
        int index = switch (k) {
            case MONTH -> period.kind() == Period.Kind.MONTH ? period.index() : 1;
            case QUARTER -> period.kind() == Period.Kind.MONTH ? (period.index() - 1) / 3 + 1
                    : period.kind() == Period.Kind.QUARTER ? period.index() : 1;
            case YEAR -> 1;
        };
        return query(Period.of(k, period.convention(), period.year(), index));
    }

    public String byQuery(String dimension) {
        return "period=" + period.param() + "&conv=" + conv() + "&by=" + dimension;
    }

    public String dd(LocalDate day) {
        return day == null ? "" : DD_MM_YYYY.format(day);
    }
}
