package vn.vetflow.kpi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The main KPIs of the current month (Decree 09 period) in percent, by key: the Decision 766 indicators vetflow records data for
 * and the digital inspection share of the year. Cached for a minute (metrics scrapes, alerts, digests).
 */
@Component
class KpiSnapshot {

    static final String INSPECTIONS = "inspectionsDigital";

    record Values(Period period, Map<String, Double> percent, Instant at) {
    }

    private final KpiQueries queries;
    private final ServiceIndicators indicators;
    private final InspectionQueries inspections;
    private final Clock clock;
    private volatile Values cached;

    KpiSnapshot(KpiQueries queries, ServiceIndicators indicators, InspectionQueries inspections, Clock clock) {
        this.queries = queries;
        this.indicators = indicators;
        this.inspections = inspections;
        this.clock = clock;
    }

    Values current() {
        Values values = cached;
        Instant now = clock.instant();
        if (values == null || values.at().plusSeconds(60).isBefore(now) || values.at().isAfter(now)) {
            values = compute(now);
            cached = values;
        }
        return values;
    }

    Values compute(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Period period = Period.containing(Period.Kind.MONTH, Period.Convention.DECREE_09, today).upTo(today);
        Map<String, Double> percent = new LinkedHashMap<>();
        for (IndicatorValue v : indicators.of(queries.services(period, KpiQueries.Dimension.ALL).get(0), period)) {
            if (!v.recorded()) {
                continue;
            }
            percent.put(v.key(), v.percent());
        }
        Period year = PlanTargets.inspectionYear(today);
        percent.put(INSPECTIONS, inspections.share(year.from(), year.upTo(today).to()).percent());
        return new Values(period, percent, now);
    }
}
