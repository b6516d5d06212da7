package vn.vetflow.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The plan's targets computed from the institutions' periodic reports: the formulas of {@code kpi/plan-targets.yaml}
 * over the ACCEPTED reports of a round. Read from the tables of {@code reporting} (V190) — it offers no API for this,
 * and kpi depends on no module that depends on it.
 */
@Component
class ReportedTargets {

    /** A round that has accepted reports. */
    record Round(long id, String code, LocalDate from, LocalDate to) {
    }

    /** One institution's accepted report: its figures (single figures only). */
    record Institution(String code, String name, String type, Map<String, BigDecimal> figures) {
    }

    /**
     * A value and the institutions behind it: {@code numerator}/{@code denominator} (a count when the denominator is
     * null), each institution's part in {@code rows}.
     */
    record Value(BigDecimal numerator, BigDecimal denominator, List<Row> rows) {

        /** The percentage, or the count; null when nothing covers it (no institution, nothing to divide by). */
        Double value() {
            if (denominator == null) {
                return rows.isEmpty() ? null : numerator.doubleValue();
            }
            return denominator.signum() == 0 ? null : 100.0 * numerator.doubleValue() / denominator.doubleValue();
        }
    }

    /** An institution's (or a procedure's, a report's) part: its own numerator and denominator, or whether it counts. */
    record Row(String code, String name, String type, BigDecimal numerator, BigDecimal denominator, Boolean counts) {
    }

    private final JdbcTemplate jdbc;

    ReportedTargets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rounds with at least one accepted report, latest period first. */
    List<Round> rounds() {
        return jdbc.query("select r.id, r.code, r.period_from, r.period_to from reporting_round r where exists"
                + " (select 1 from reporting_report p where p.round_id = r.id and p.status = 'ACCEPTED')"
                + " order by r.period_to desc, r.id desc", (rs, i) -> new Round(rs.getLong(1), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
    }

    List<Institution> accepted(Round round) {
        Map<String, Institution> byCode = new LinkedHashMap<>();
        jdbc.query("select i.code, i.name, i.type, f.indicator, f.figure from reporting_report p"
                + " join institution i on i.code = p.institution_code"
                + " left join reporting_figure f on f.report_id = p.id and f.dimension = ''"
                + " where p.round_id = ? and p.status = 'ACCEPTED' order by i.name, i.code", rs -> {
                    String name = rs.getString(2);
                    String type = rs.getString(3);
                    Institution institution = byCode.computeIfAbsent(rs.getString(1),
                            code -> new Institution(code, name, type, new HashMap<>()));
                    if (rs.getString(4) != null) {
                        institution.figures().put(rs.getString(4), rs.getBigDecimal(5));
                    }
                }, round.id());
        return List.copyOf(byCode.values());
    }

    /** The formula over the accepted reports; {@code for2030} takes {@code share2030} where the formula has one. */
    static Value evaluate(KpiDefinitions.Formula formula, List<Institution> institutions, boolean for2030) {
        if (formula.sum() != null) {
            BigDecimal numerator = BigDecimal.ZERO;
            BigDecimal denominator = BigDecimal.ZERO;
            List<Row> rows = new ArrayList<>();
            for (Institution i : institutions) {
                BigDecimal n = i.figures().getOrDefault(formula.sum(), BigDecimal.ZERO);
                BigDecimal d = i.figures().getOrDefault(formula.over(), BigDecimal.ZERO);
                numerator = numerator.add(n);
                denominator = denominator.add(d);
                rows.add(new Row(i.code(), i.name(), i.type(), n, d, null));
            }
            return new Value(numerator, denominator, rows);
        }
        List<KpiDefinitions.Condition> conditions = formula.count() != null ? formula.count()
                : for2030 && formula.share2030() != null ? formula.share2030() : formula.share();
        List<Row> rows = new ArrayList<>();
        int meeting = 0;
        for (Institution i : institutions) {
            if (!formula.types().isEmpty() && !formula.types().contains(i.type())) {
                continue;
            }
            boolean counts = conditions.stream().allMatch(c -> meets(c, i.figures()));
            meeting += counts ? 1 : 0;
            rows.add(new Row(i.code(), i.name(), i.type(), null, null, counts));
        }
        BigDecimal denominator = formula.count() != null ? null : BigDecimal.valueOf(rows.size());
        return new Value(BigDecimal.valueOf(meeting), denominator, rows);
    }

    private static boolean meets(KpiDefinitions.Condition condition, Map<String, BigDecimal> figures) {
        BigDecimal figure = figures.get(condition.figure());
        if (figure == null) {
            return false;
        }
        BigDecimal bound = condition.atLeast() != null ? BigDecimal.valueOf(condition.atLeast())
                : figures.get(condition.atLeastFigure());
        return bound != null && figure.compareTo(bound) >= 0;
    }

    /** Reports filed through vetflow (submitted or accepted) ÷ reports due in the round, with each report. */
    Value reportsFiled(Round round) {
        List<Row> rows = jdbc.query("select i.code, i.name, i.type, p.status from reporting_report p"
                        + " join institution i on i.code = p.institution_code where p.round_id = ? order by i.name, i.code",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), null, null,
                        "ACCEPTED".equals(rs.getString(4)) || "SUBMITTED".equals(rs.getString(4))), round.id());
        long filed = rows.stream().filter(Row::counts).count();
        return new Value(BigDecimal.valueOf(filed), BigDecimal.valueOf(rows.size()), rows);
    }

    /** Institutions of the register with a place on the network map and diplomas in the register ÷ all of them. */
    Value digitalMap() {
        List<Row> rows = jdbc.query("select i.code, i.name, i.type,"
                + " (select count(*) from institution_location l where l.institution_code = i.code),"
                + " (select count(*) from diploma d where d.institution_code = i.code)"
                + " from institution i order by i.name, i.code", (rs, n) -> new Row(rs.getString(1), rs.getString(2),
                rs.getString(3), BigDecimal.valueOf(rs.getLong(4)), BigDecimal.valueOf(rs.getLong(5)),
                rs.getLong(4) > 0 && rs.getLong(5) > 0));
        long on = rows.stream().filter(Row::counts).count();
        return new Value(BigDecimal.valueOf(on), BigDecimal.valueOf(rows.size()), rows);
    }
}
