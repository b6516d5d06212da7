package vn.vetflow.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.catalogue.ServiceLevel;

/** Turns a period's figures into the Decision 766 indicators with their scores and colours. */
@Component
class ServiceIndicators {

    /**
     * Indicators whose data vetflow does not record yet: shown with their formula and "no data yet", without
     * a value, a score or a Prometheus gauge. Reuse: no dossier records that a digitised component was reused.
     */
    static final Set<String> NOT_RECORDED = Set.of("reuse");

    /** Service levels that count as "offered online" (partly or fully). */
    static final Set<ServiceLevel> ONLINE = Set.of(ServiceLevel.FULL_ONLINE, ServiceLevel.PARTLY_ONLINE);

    /** The procedures behind the "offered online" indicator on a day. */
    record ProcedureCounts(List<ProcedureVersion> all, List<ProcedureVersion> online,
                           List<ProcedureVersion> fullyOnline) {
    }

    private final KpiDefinitions definitions;
    private final ProcedureCatalogue catalogue;

    ServiceIndicators(KpiDefinitions definitions, ProcedureCatalogue catalogue) {
        this.definitions = definitions;
        this.catalogue = catalogue;
    }

    /** The procedure versions in force on the day (the period's end), and those offered (fully) online. */
    ProcedureCounts procedures(LocalDate day) {
        List<ProcedureVersion> all = catalogue.effectiveOn(day);
        return new ProcedureCounts(all, all.stream().filter(v -> ONLINE.contains(v.serviceLevel())).toList(),
                all.stream().filter(v -> v.serviceLevel() == ServiceLevel.FULL_ONLINE).toList());
    }

    /** The indicators of a period: dossier figures {@code f}, catalogue figures on the period's end. */
    List<IndicatorValue> of(ServiceFigures f, Period period) {
        List<IndicatorValue> values = new ArrayList<>();
        for (KpiDefinitions.Indicator d : definitions.indicators()) {
            if (NOT_RECORDED.contains(d.key())) {
                values.add(IndicatorValue.notRecorded(d));
                continue;
            }
            values.add(switch (d.key()) {
                case "onTime" -> IndicatorValue.of(d, f.early + f.onTime + f.runningNotDue + f.runningDueSoon,
                        f.finished + f.running(), "onTimeOrNotDue", "handled");
                case "online" -> IndicatorValue.of(d, f.receivedOnline, f.received, "receivedOnline", "received");
                case "offeredOnline" -> {
                    ProcedureCounts p = procedures(period.to());
                    yield IndicatorValue.of(d, p.online().size(), p.all().size(), "proceduresOnline", "procedures",
                            IndicatorValue.PROCEDURES);
                }
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
