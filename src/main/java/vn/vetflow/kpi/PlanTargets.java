package vn.vetflow.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.catalogue.ServiceLevel;

/**
 * The plan's targets with their current value (see {@code kpi/plan-targets.yaml}): from the latest round with
 * accepted periodic reports, or from the processes; rated against the 2025 and 2030 goals, with the values of the
 * last rounds and the institutions (procedures, reports) behind each.
 */
@Component
@Transactional(readOnly = true)
public class PlanTargets {

    /** How many rounds the trend shows. */
    static final int TREND_ROUNDS = 4;

    /** Against a goal: reached, close (from the yaml's {@code amber} share of it), or behind. */
    public enum Rating {
        GREEN("text-bg-success"), AMBER("text-bg-warning"), RED("text-bg-danger");

        private final String css;

        Rating(String css) {
            this.css = css;
        }

        /** Bootstrap's colours with readable text (contrast checked by the accessibility test). */
        public String css() {
            return css;
        }
    }

    /** A value in one round. */
    public record Point(String round, LocalDate from, LocalDate to, Double value) {
    }

    /**
     * A target with its current value ({@code current2030} where the 2030 target measures something else);
     * {@code period} is the period a process value is computed on and {@code round} the round a reported one comes
     * from (neither: a value on {@code day}); {@code unit} "%" or "" for a count.
     */
    public record Line(KpiDefinitions.PlanTarget target, Double current, Double current2030, String detail,
                       Period period, ReportedTargets.Round round, LocalDate day, Rating vs2025, Rating vs2030,
                       List<Point> trend, String unit) {

        public boolean percent() {
            return "%".equals(unit);
        }
    }

    /** The rows behind a target's value. */
    public record Drill(Line line, String kind, List<ReportedTargets.Row> rows) {
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
    private final ReportedTargets reported;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PlanTargets(KpiDefinitions definitions, InspectionQueries inspections, ProcedureCatalogue catalogue,
                ReportedTargets reported, JdbcTemplate jdbc, Clock clock) {
        this.definitions = definitions;
        this.inspections = inspections;
        this.catalogue = catalogue;
        this.reported = reported;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Line> lines() {
        LocalDate today = LocalDate.now(clock);
        List<ReportedTargets.Round> rounds = reported.rounds();
        return definitions.targets().stream().map(t -> evaluate(t, today, rounds).line()).toList();
    }

    Optional<Drill> drill(String key) {
        LocalDate today = LocalDate.now(clock);
        List<ReportedTargets.Round> rounds = reported.rounds();
        return definitions.targets().stream().filter(t -> t.key().equals(key)).findFirst()
                .map(t -> evaluate(t, today, rounds));
    }

    private Drill evaluate(KpiDefinitions.PlanTarget t, LocalDate today, List<ReportedTargets.Round> rounds) {
        List<ReportedTargets.Round> recent = rounds.subList(0, Math.min(TREND_ROUNDS, rounds.size()));
        ReportedTargets.Round latest = rounds.isEmpty() ? null : rounds.get(0);
        return switch (t.source()) {
            case "reports" -> {
                List<Point> trend = recent.stream().map(r -> new Point(r.code(), r.from(), r.to(),
                        ReportedTargets.evaluate(t.formula(), reported.accepted(r), false).value())).toList();
                if (latest == null) {
                    yield new Drill(line(t, null, null, null, null, null, today, trend), kind(t.formula()), List.of());
                }
                var institutions = reported.accepted(latest);
                var value = ReportedTargets.evaluate(t.formula(), institutions, false);
                Double for2030 = t.formula().share2030() == null ? null
                        : ReportedTargets.evaluate(t.formula(), institutions, true).value();
                yield new Drill(line(t, value.value(), for2030, detail(value), null, latest, null, trend),
                        kind(t.formula()), value.rows());
            }
            case "reportsFiled" -> {
                List<Point> trend = recent.stream().map(r -> new Point(r.code(), r.from(), r.to(),
                        reported.reportsFiled(r).value())).toList();
                if (latest == null) {
                    yield new Drill(line(t, null, null, null, null, null, today, trend), "reports", List.of());
                }
                var value = reported.reportsFiled(latest);
                yield new Drill(line(t, value.value(), null, detail(value), null, latest, null, trend), "reports",
                        value.rows());
            }
            case "digitalMap" -> {
                var value = reported.digitalMap();
                yield new Drill(line(t, value.value(), null, detail(value), null, null, today, List.of()), "map",
                        value.rows());
            }
            case "digitalInspectionShare" -> {
                Period year = inspectionYear(today);
                var share = inspections.share(year.from(), year.upTo(today).to());
                List<Point> trend = recent.stream().map(r -> new Point(r.code(), r.from(), r.to(),
                        inspections.share(r.from(), r.to()).percent())).toList();
                yield new Drill(line(t, share.percent(), null, share.digital() + "/" + share.closed(), year, null, today,
                        trend), "inspections", List.of());
            }
            case "portalSync" -> {
                Period year = inspectionYear(today);
                var value = portalSync(today, year.from(), year.upTo(today).to());
                List<Point> trend = recent.stream().map(r -> new Point(r.code(), r.from(), r.to(),
                        portalSync(today, r.from(), r.to()).value())).toList();
                yield new Drill(line(t, value.value(), null, detail(value), year, null, today, trend), "procedures",
                        value.rows());
            }
            default -> throw new IllegalStateException("Unknown source of target " + t.key() + ": " + t.source());
        };
    }

    /** Level-4 procedures (fully online) whose dossiers received in the period all reached the national portal. */
    private ReportedTargets.Value portalSync(LocalDate today, LocalDate from, LocalDate to) {
        Map<String, long[]> byProcedure = PortalSync.receivedAndSyncedByProcedure(jdbc, from, to);
        List<ReportedTargets.Row> rows = new ArrayList<>();
        for (ProcedureVersion v : catalogue.effectiveOn(today)) {
            if (v.serviceLevel() != ServiceLevel.FULL_ONLINE) {
                continue;
            }
            long[] counts = byProcedure.getOrDefault(v.procedureId(), new long[] {0, 0});
            rows.add(new ReportedTargets.Row(v.procedureId(), v.name(), null, BigDecimal.valueOf(counts[1]),
                    BigDecimal.valueOf(counts[0]), counts[0] > 0 && counts[1] == counts[0]));
        }
        long synced = rows.stream().filter(ReportedTargets.Row::counts).count();
        return new ReportedTargets.Value(BigDecimal.valueOf(synced), BigDecimal.valueOf(rows.size()), rows);
    }

    private Line line(KpiDefinitions.PlanTarget t, Double current, Double current2030, String detail, Period period,
                      ReportedTargets.Round round, LocalDate day, List<Point> trend) {
        double amber = definitions.rating().amber();
        Double against2030 = current2030 != null ? current2030 : current;
        boolean count = t.formula() != null && t.formula().count() != null;
        return new Line(t, current, current2030, detail, period, round, day, rate(current, t.goal2025(), amber),
                rate(against2030, t.goal2030(), amber), trend, count ? "" : "%");
    }

    static Rating rate(Double value, double goal, double amber) {
        if (value == null) {
            return null;
        }
        // a hair below the goal from rounding a division is still the goal
        if (value >= goal - 1e-9) {
            return Rating.GREEN;
        }
        return value >= amber * goal - 1e-9 ? Rating.AMBER : Rating.RED;
    }

    private static String detail(ReportedTargets.Value value) {
        if (value.value() == null) {
            return null;
        }
        return value.denominator() == null ? null
                : value.numerator().stripTrailingZeros().toPlainString() + "/"
                        + value.denominator().stripTrailingZeros().toPlainString();
    }

    private static String kind(KpiDefinitions.Formula formula) {
        return formula.sum() != null ? "sum" : "share";
    }
}
