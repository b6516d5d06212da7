package vn.vetflow.kpi;

/**
 * One indicator's value in a period, with its definition's score and colour, and the two numbers of its
 * ratio (each links to the dossiers behind it).
 */
public record IndicatorValue(KpiDefinitions.Indicator definition, Double percent, Double score, String colour,
                      long numerator, long denominator, String numeratorMetric, String denominatorMetric) {

    static IndicatorValue of(KpiDefinitions.Indicator definition, long numerator, long denominator,
                             String numeratorMetric, String denominatorMetric) {
        Double percent = denominator == 0 ? null : 100.0 * numerator / denominator;
        return new IndicatorValue(definition, percent, percent == null ? null : definition.score(percent),
                definition.colour(percent), numerator, denominator, numeratorMetric, denominatorMetric);
    }

    /** Indicators whose value comes straight from a formula (satisfaction). */
    static IndicatorValue ofPercent(KpiDefinitions.Indicator definition, Double percent) {
        return new IndicatorValue(definition, percent, percent == null ? null : definition.score(percent),
                definition.colour(percent), 0, 0, null, null);
    }

    public String key() {
        return definition.key();
    }
}
