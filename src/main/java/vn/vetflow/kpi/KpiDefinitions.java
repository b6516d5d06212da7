package vn.vetflow.kpi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Indicator definitions and plan targets, read from {@code kpi/indicators.yaml} and {@code kpi/plan-targets.yaml}. */
@Component
public class KpiDefinitions {

    /**
     * An indicator: full-points threshold, points, target, warning level (all %) and owner; {@code external} when
     * it is measured outside vetflow, {@code unconfirmed} when its points or threshold were not read in the decision.
     */
    public record Indicator(String key, String group, double maxPoints, double threshold, double target, double warn,
                     String owner, boolean external, boolean unconfirmed) {

        /** Below the threshold: ratio × max ÷ threshold. */
        public double score(double ratioPercent) {
            return ratioPercent >= threshold ? maxPoints : ratioPercent * maxPoints / threshold;
        }

        /** green at or above the target, amber at or above the warning level, red below. */
        public String colour(Double ratioPercent) {
            if (ratioPercent == null) {
                return "secondary";
            }
            return ratioPercent >= target ? "success" : ratioPercent >= warn ? "warning" : "danger";
        }
    }

    /** A target of the plan; {@code source} names what vetflow computes for it, or "reports". */
    public record PlanTarget(String key, String target2025, String target2030, String source) {
    }

    /** A group of Decision 766 and its points. */
    public record Group(String key, double points) {
    }

    /** The points of the whole index. */
    static final double INDEX_POINTS = 100;

    record IndicatorsFile(List<Group> groups, List<Indicator> indicators) {
    }

    record TargetsFile(List<PlanTarget> targets) {
    }

    private final List<Group> groups;
    private final List<Indicator> indicators;
    private final List<PlanTarget> targets;

    KpiDefinitions(@Value("${vetflow.kpi.indicators:classpath:kpi/indicators.yaml}") Resource indicatorsFile,
                   @Value("${vetflow.kpi.targets:classpath:kpi/plan-targets.yaml}") Resource targetsFile) {
        IndicatorsFile file = read(indicatorsFile, IndicatorsFile.class);
        this.groups = List.copyOf(file.groups());
        this.indicators = List.copyOf(file.indicators());
        this.targets = List.copyOf(read(targetsFile, TargetsFile.class).targets());
        checkPoints(indicatorsFile);
    }

    /** The national portal adds indicator points into groups and groups into 100: a file that does not is refused. */
    private void checkPoints(Resource file) {
        double total = groups.stream().mapToDouble(Group::points).sum();
        if (Math.abs(total - INDEX_POINTS) > 1e-9) {
            throw new IllegalStateException(file + ": the groups add up to " + total + " points, not 100");
        }
        for (Indicator i : indicators) {
            if (groups.stream().noneMatch(g -> g.key().equals(i.group()))) {
                throw new IllegalStateException(file + ": indicator " + i.key() + " is in unknown group " + i.group());
            }
        }
        for (Group g : groups) {
            double sum = indicators.stream().filter(i -> i.group().equals(g.key())).mapToDouble(Indicator::maxPoints).sum();
            if (Math.abs(sum - g.points()) > 1e-9) {
                throw new IllegalStateException(file + ": the indicators of group " + g.key() + " add up to " + sum
                        + " points, not " + g.points());
            }
        }
    }

    List<Group> groups() {
        return groups;
    }

    List<Indicator> indicators() {
        return indicators;
    }

    Optional<Indicator> indicator(String key) {
        return indicators.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    List<PlanTarget> targets() {
        return targets;
    }

    private static <T> T read(Resource file, Class<T> type) {
        var yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = file.getInputStream()) {
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
