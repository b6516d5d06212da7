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

    /**
     * A target of the plan; {@code source} names what vetflow computes for it ("reports": the formula over the
     * accepted periodic reports); {@code goal2025}/{@code goal2030} are the targets as numbers, for the rating.
     */
    public record PlanTarget(String key, String target2025, String target2030, double goal2025, double goal2030,
                             String source, Formula formula) {
    }

    /**
     * How a target is computed from the accepted reports of a round: {@code sum} ÷ {@code over} summed over the
     * institutions; or the share of institutions (of {@code types}, all when empty) meeting every condition of
     * {@code share} ({@code share2030} when the 2030 target asks more); or the {@code count} of those meeting them.
     */
    public record Formula(String sum, String over, List<Condition> share, List<Condition> share2030,
                          List<Condition> count, List<String> types) {

        public List<String> types() {
            return types == null ? List.of() : types;
        }
    }

    /** A figure at least a number, or at least another figure of the same report. */
    public record Condition(String figure, Double atLeast, String atLeastFigure) {
    }

    /** Green when a value reaches its target, amber from {@code amber} × the target, red below. */
    public record Rating(double amber) {
    }

    /** A group of Decision 766 and its points. */
    public record Group(String key, double points) {
    }

    /** The points of the whole index. */
    static final double INDEX_POINTS = 100;

    record IndicatorsFile(List<Group> groups, List<Indicator> indicators) {
    }

    record TargetsFile(Rating rating, List<PlanTarget> targets) {
    }

    private final List<Group> groups;
    private final List<Indicator> indicators;
    private final List<PlanTarget> targets;
    private final Rating rating;

    KpiDefinitions(@Value("${vetflow.kpi.indicators:classpath:kpi/indicators.yaml}") Resource indicatorsFile,
                   @Value("${vetflow.kpi.targets:classpath:kpi/plan-targets.yaml}") Resource targetsFile) {
        IndicatorsFile file = read(indicatorsFile, IndicatorsFile.class);
        this.groups = List.copyOf(file.groups());
        this.indicators = List.copyOf(file.indicators());
        TargetsFile plan = read(targetsFile, TargetsFile.class);
        this.targets = List.copyOf(plan.targets());
        this.rating = plan.rating();
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

    Rating rating() {
        return rating;
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
