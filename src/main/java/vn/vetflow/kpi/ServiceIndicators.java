package vn.vetflow.kpi;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns a period's figures into the Decision 766 indicators with their scores and colours. */
@Component
class ServiceIndicators {

    private final KpiDefinitions definitions;

    ServiceIndicators(KpiDefinitions definitions) {
        this.definitions = definitions;
    }

    List<IndicatorValue> of(ServiceFigures f) {
        List<IndicatorValue> values = new ArrayList<>();
        for (KpiDefinitions.Indicator d : definitions.indicators()) {
            values.add(switch (d.key()) {
                case "onTime" -> IndicatorValue.of(d, f.early + f.onTime + f.runningNotDue + f.runningDueSoon,
                        f.finished + f.running(), "onTimeOrNotDue", "handled");
                case "online" -> IndicatorValue.of(d, f.receivedOnline, f.received, "receivedOnline", "received");
                case "onlinePayment" -> IndicatorValue.of(d, f.paidOnline, f.feeRequired, "paidOnline", "feeRequired");
                case "electronicResult" -> IndicatorValue.of(d, f.eResult, f.resultExpected, "eResult",
                        "resultExpected");
                case "digitisation" -> IndicatorValue.of(d, f.digitised, f.received, "digitised", "received");
                case "satisfaction" -> IndicatorValue.ofPercent(d,
                        f.satisfaction() == null ? null : 100 * f.satisfaction());
                default -> throw new IllegalStateException("kpi/indicators.yaml: unknown indicator " + d.key());
            });
        }
        return values;
    }
}
