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

    public record Line(KpiDefinitions.PlanTarget target, Double current, String detail) {
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
                var share = inspections.share(LocalDate.of(today.getYear(), 1, 1), today);
                yield new Line(t, share.percent(), share.digital() + "/" + share.closed());
            }
            case "onlineProcedures" -> {
                var versions = catalogue.effectiveOn(today);
                long full = versions.stream().filter(v -> v.serviceLevel() == ServiceLevel.FULL_ONLINE).count();
                yield new Line(t, versions.isEmpty() ? null : 100.0 * full / versions.size(), full + "/" + versions.size());
            }
            default -> new Line(t, null, null);
        }).toList();
    }
}
