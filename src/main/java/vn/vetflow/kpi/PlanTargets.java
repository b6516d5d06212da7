package vn.vetflow.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ServiceLevel;

/** The plan's targets with the current value where vetflow computes it (see {@code kpi/plan-targets.yaml}). */
@Component
public class PlanTargets {

    /**
     * A target with its current value; {@code period} is the period the value is computed on (null when it is a
     * value on a day, {@code day}), so the page can say which.
     */
    public record Line(KpiDefinitions.PlanTarget target, Double current, String detail, Period period, LocalDate day) {

        Line(KpiDefinitions.PlanTarget target) {
            this(target, null, null, null, null);
        }
    }

    /**
     * The period of the digital-inspection share: the Decree 09 reporting year under way, the same the inspections
     * page opens on, so that both pages give the same share on the same day.
     */
    static Period inspectionYear(LocalDate today) {
        return Period.containing(Period.Kind.YEAR, Period.Convention.DECREE_09, today);
    }

    private final KpiDefinitions definitions;
    private final InspectionQueries inspections;
    private final ProcedureCatalogue catalogue;
    private final Clock clock;

    PlanTargets(KpiDefinitions definitions, InspectionQueries inspections, ProcedureCatalogue catalogue, Clock clock) {
        this.definitions = definitions;
        this.inspections = inspections;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    List<Line> lines() {
        LocalDate today = LocalDate.now(clock);
        return definitions.targets().stream().map(t -> switch (t.source()) {
            case "digitalInspectionShare" -> {
                Period year = inspectionYear(today);
                var share = inspections.share(year.from(), year.upTo(today).to());
                yield new Line(t, share.percent(), share.digital() + "/" + share.closed(), year, today);
            }
            case "onlineProcedures" -> {
                var versions = catalogue.effectiveOn(today);
                long full = versions.stream().filter(v -> v.serviceLevel() == ServiceLevel.FULL_ONLINE).count();
                yield new Line(t, versions.isEmpty() ? null : 100.0 * full / versions.size(), full + "/" + versions.size(),
                        null, today);
            }
            default -> new Line(t);
        }).toList();
    }
}
