package vn.vetflow.kpi;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The main KPIs as gauges ({@code vetflow_kpi_percent{indicator="onTime"}} …) on /actuator/prometheus,
 * which only administrators and supervisors may scrape (HTTP Basic). NaN while a KPI has no data.
 */
@Component
class KpiMetrics {

    KpiMetrics(MeterRegistry registry, KpiSnapshot snapshot, KpiDefinitions definitions) {
        for (KpiDefinitions.Indicator indicator : definitions.indicators()) {
            if (indicator.external()) {
                continue; // measured outside vetflow: no gauge rather than a misleading NaN or 0
            }
            gauge(registry, snapshot, indicator.key());
        }
        gauge(registry, snapshot, KpiSnapshot.INSPECTIONS);
    }

    private static void gauge(MeterRegistry registry, KpiSnapshot snapshot, String key) {
        Gauge.builder("vetflow.kpi.percent", snapshot, s -> {
            Double value = s.current().percent().get(key);
            return value == null ? Double.NaN : value;
        }).tag("indicator", key).description("Main KPI of the current Decree 09 month, in percent").register(registry);
    }
}
