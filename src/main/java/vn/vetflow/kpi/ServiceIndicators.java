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

    /** Service levels that count as "offered online" (partly or fully). */
    static final Set<ServiceLevel> ONLINE = Set.of(ServiceLevel.FULL_ONLINE, ServiceLevel.PARTLY_ONLINE);

    /**
     * The procedures behind the "offered online" indicator on a day: the catalogue's versions in force
     * ({@code all}, each with its level) and the procedures under the authority not offered online.
     */
    record ProcedureCounts(List<ProcedureVersion> all, List<ProcedureVersion> online,
                           List<ProcedureVersion> fullyOnline, List<ProceduresNotOnline.Procedure> notOnline) {

        /** Every procedure under the authority, online or not: the indicator's denominator. */
        public int total() {
            return all.size() + notOnline.size();
        }
    }

    private final KpiDefinitions definitions;
    private final ProcedureCatalogue catalogue;
    private final ProceduresNotOnline notOnline;

    ServiceIndicators(KpiDefinitions definitions, ProcedureCatalogue catalogue, ProceduresNotOnline notOnline) {
        this.definitions = definitions;
        this.catalogue = catalogue;
        this.notOnline = notOnline;
    }

    /** The procedure versions in force on the day (the period's end), and those offered (fully) online. */
    ProcedureCounts procedures(LocalDate day) {
        List<ProcedureVersion> all = catalogue.effectiveOn(day);
        Set<String> ids = all.stream().map(ProcedureVersion::procedureId).collect(java.util.stream.Collectors.toSet());
        return new ProcedureCounts(all, all.stream().filter(v -> ONLINE.contains(v.serviceLevel())).toList(),
                all.stream().filter(v -> v.serviceLevel() == ServiceLevel.FULL_ONLINE).toList(), notOnline.on(day, ids));
    }

    /** The indicators of a period: dossier figures {@code f}, catalogue figures on the period's end. */
    List<IndicatorValue> of(ServiceFigures f, Period period) {
        List<IndicatorValue> values = new ArrayList<>();
        for (KpiDefinitions.Indicator d : definitions.indicators()) {
            if (d.external()) {
                values.add(IndicatorValue.external(d));
                continue;
            }
            values.add(switch (d.key()) {
                case "onTime" -> IndicatorValue.of(d, f.early + f.onTime + f.runningNotDue + f.runningDueSoon,
                        f.finished + f.running(), "onTimeOrNotDue", "handled");
                case "online" -> IndicatorValue.of(d, f.receivedOnline, f.received, "receivedOnline", "received");
                case "offeredOnline" -> {
                    ProcedureCounts p = procedures(period.to());
                    yield IndicatorValue.of(d, p.online().size(), p.total(), "proceduresOnline", "procedures",
                            IndicatorValue.PROCEDURES);
                }
                case "onlinePayment" -> IndicatorValue.of(d, f.paidOnline, f.feeRequired, "paidOnline", "feeRequired");
                case "electronicResult" -> IndicatorValue.of(d, f.eResult, f.resultExpected, "eResult",
                        "resultExpected");
                case "digitisation" -> IndicatorValue.of(d, f.digitised, f.received, "digitised", "received");
                case "reuse" -> IndicatorValue.of(d, f.reused, f.received, "reused", "received");
                case "dossiersSynced" -> IndicatorValue.of(d, f.synced, f.received, null, "received");
                case "satisfaction" -> IndicatorValue.ofPercent(d,
                        f.satisfaction() == null ? null : 100 * f.satisfaction());
                default -> throw new IllegalStateException("kpi/indicators.yaml: unknown indicator " + d.key());
            });
        }
        return values;
    }

    /**
     * A group's points as the national portal adds them: the sum of its indicators' scores. Only what vetflow
     * measures is summed ({@code score} of {@code measurable} points); {@code external} points come from outside
     * vetflow and count neither as 0 nor as full marks; an indicator without data in the period (nothing to
     * divide by) adds nothing and is counted in {@code withoutData}.
     */
    record GroupScore(String key, double points, double measurable, double score, double external, int withoutData) {
    }

    /** The five groups and, last, the whole index under key {@code "*"}. */
    List<GroupScore> groups(List<IndicatorValue> values) {
        List<GroupScore> groups = new ArrayList<>();
        double measurable = 0;
        double score = 0;
        double external = 0;
        int withoutData = 0;
        for (KpiDefinitions.Group g : definitions.groups()) {
            GroupScore one = group(g, values.stream().filter(v -> v.definition().group().equals(g.key())).toList());
            groups.add(one);
            measurable += one.measurable();
            score += one.score();
            external += one.external();
            withoutData += one.withoutData();
        }
        groups.add(new GroupScore("*", KpiDefinitions.INDEX_POINTS, measurable, score, external, withoutData));
        return groups;
    }

    private static GroupScore group(KpiDefinitions.Group g, List<IndicatorValue> values) {
        double measurable = 0;
        double score = 0;
        double external = 0;
        int withoutData = 0;
        for (IndicatorValue v : values) {
            if (v.external()) {
                external += v.definition().maxPoints();
                continue;
            }
            measurable += v.definition().maxPoints();
            if (v.score() == null) {
                withoutData++;
            } else {
                score += v.score();
            }
        }
        return new GroupScore(g.key(), g.points(), measurable, score, external, withoutData);
    }
}
