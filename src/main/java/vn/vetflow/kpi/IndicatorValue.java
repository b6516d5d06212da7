package vn.vetflow.kpi;

/**
 * One indicator's value in a period, with its definition's score and colour, and the two numbers of its
 * ratio (each links to what is behind it: dossiers, or procedures for {@code offeredOnline}).
 *
 * @param drillPath page that lists what is behind the numbers ({@code /kpi/services/dossiers} or
 *                  {@code /kpi/services/procedures})
 * @param recorded  false when vetflow does not measure the data the indicator needs (it comes from outside
 *                  vetflow): no value, no score, no colour, shown as "ngoài vetflow", never as 0% or full marks
 */
public record IndicatorValue(KpiDefinitions.Indicator definition, Double percent, Double score, String colour,
                      long numerator, long denominator, String numeratorMetric, String denominatorMetric,
                      String drillPath, boolean recorded) {

    static final String DOSSIERS = "/kpi/services/dossiers";
    static final String PROCEDURES = "/kpi/services/procedures";

    static IndicatorValue of(KpiDefinitions.Indicator definition, long numerator, long denominator,
                             String numeratorMetric, String denominatorMetric) {
        return of(definition, numerator, denominator, numeratorMetric, denominatorMetric, DOSSIERS);
    }

    static IndicatorValue of(KpiDefinitions.Indicator definition, long numerator, long denominator,
                             String numeratorMetric, String denominatorMetric, String drillPath) {
        Double percent = denominator == 0 ? null : 100.0 * numerator / denominator;
        return new IndicatorValue(definition, percent, percent == null ? null : definition.score(percent),
                definition.colour(percent), numerator, denominator, numeratorMetric, denominatorMetric, drillPath,
                true);
    }

    /** Indicators whose value comes straight from a formula (satisfaction). */
    static IndicatorValue ofPercent(KpiDefinitions.Indicator definition, Double percent) {
        return new IndicatorValue(definition, percent, percent == null ? null : definition.score(percent),
                definition.colour(percent), 0, 0, null, null, null, true);
    }

    /** An indicator measured outside vetflow: no value, no score. */
    static IndicatorValue external(KpiDefinitions.Indicator definition) {
        return new IndicatorValue(definition, null, null, "secondary", 0, 0, null, null, null, false);
    }

    public String key() {
        return definition.key();
    }

    /** Measured outside vetflow. */
    public boolean external() {
        return !recorded;
    }

    /** Whether a ratio has numbers to link (the satisfaction formula and the portal sync have none). */
    public boolean drillable() {
        return numeratorMetric != null && drillPath != null;
    }
}
