package vn.vetflow.reporting.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.institution.InstitutionType;
import vn.vetflow.reporting.ReportTemplate;
import vn.vetflow.reporting.consolidation.ProvincialReport.Coverage;
import vn.vetflow.reporting.consolidation.ProvincialReport.FigureTotal;
import vn.vetflow.reporting.consolidation.ProvincialReport.ReportLine;
import vn.vetflow.reporting.consolidation.ProvincialReport.Round;
import vn.vetflow.reporting.consolidation.ProvincialReport.TableCell;

/**
 * Computes the provincial report of a round from its ACCEPTED reports only: a report submitted, returned or missing
 * counts in the coverage, never in the figures.
 */
@Component
@Transactional(readOnly = true)
public class Consolidation {

    static final String ACCEPTED = "ACCEPTED";

    /** One institution's value of a figure, for the drill-down. */
    public record InstitutionFigure(String institutionCode, String institutionName, InstitutionType type,
                                    BigDecimal figure, BigDecimal shareOfFigure) {
    }

    private final JdbcTemplate jdbc;
    private final ReportTemplate template;

    Consolidation(JdbcTemplate jdbc, ReportTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Every round, newest period first. */
    public List<Round> rounds() {
        return jdbc.query("select id, code, period_kind, period_from, period_to, due_on, status from reporting_round"
                + " order by period_to desc, id desc", (rs, i) -> new Round(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getObject(4, java.time.LocalDate.class), rs.getObject(5, java.time.LocalDate.class),
                rs.getObject(6, java.time.LocalDate.class), rs.getString(7)));
    }

    public Optional<Round> round(String code) {
        return rounds().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public Optional<ProvincialReport> of(String roundCode) {
        return round(roundCode).map(this::consolidate);
    }

    private ProvincialReport consolidate(Round round) {
        List<ReportLine> reports = jdbc.query("select r.id, r.institution_code, i.name, i.type, r.status, r.late, r.due_on"
                        + " from reporting_report r join institution i on i.code = r.institution_code"
                        + " where r.round_id = ? order by i.name",
                (rs, i) -> new ReportLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                        InstitutionType.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6),
                        rs.getObject(7, java.time.LocalDate.class)), round.id());
        int accepted = (int) reports.stream().filter(r -> ACCEPTED.equals(r.status())).count();
        int missing = (int) reports.stream().filter(r -> "MISSING".equals(r.status())).count();
        int pending = (int) reports.stream().filter(r -> "SUBMITTED".equals(r.status()) || "RETURNED".equals(r.status()))
                .count();
        int late = (int) reports.stream().filter(ReportLine::late).count();
        Coverage coverage = new Coverage(reports.size(), accepted, pending, missing, late);

        Map<InstitutionType, Long> byType = new EnumMap<>(InstitutionType.class);
        reports.stream().filter(r -> ACCEPTED.equals(r.status())).forEach(r -> byType.merge(r.type(), 1L, Long::sum));

        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, Integer> answering = new HashMap<>();
        jdbc.query("select f.indicator, sum(f.figure), count(*) from reporting_figure f join reporting_report r"
                + " on r.id = f.report_id where r.round_id = ? and r.status = ? and f.dimension = ''"
                + " group by f.indicator", rs -> {
                    sums.put(rs.getString(1), rs.getBigDecimal(2));
                    answering.put(rs.getString(1), rs.getInt(3));
                }, round.id(), ACCEPTED);
        List<FigureTotal> figures = new ArrayList<>();
        for (ReportTemplate.Figure f : template.figures()) {
            BigDecimal total = whole(sums.getOrDefault(f.key(), BigDecimal.ZERO));
            int institutions = answering.getOrDefault(f.key(), 0);
            BigDecimal whole = f.isYesNo() ? BigDecimal.valueOf(institutions)
                    : f.atMost() == null ? null : whole(sums.getOrDefault(f.atMost(), BigDecimal.ZERO));
            BigDecimal share = whole == null ? null : ProvincialReport.percent(total, whole);
            figures.add(new FigureTotal(f.key(), total, institutions, f.isYesNo(), f.atMost(), whole, share));
        }
        List<TableCell> cells = jdbc.query("select f.indicator, f.dimension, sum(f.figure),"
                + " (select max(o.occupation_name) from institution_occupation o"
                + "   where f.dimension = o.level || '|' || o.occupation_code)"
                + " from reporting_figure f join reporting_report r on r.id = f.report_id"
                + " where r.round_id = ? and r.status = ? and f.dimension <> ''"
                + " group by f.indicator, f.dimension order by f.indicator, f.dimension", (rs, i) -> {
                    String[] dim = rs.getString(2).split("\\|", 2);
                    return new TableCell(rs.getString(1), dim[0], dim.length > 1 ? dim[1] : "",
                            rs.getString(4) == null ? "" : rs.getString(4), whole(rs.getBigDecimal(3)));
                }, round.id(), ACCEPTED);
        return new ProvincialReport(round, coverage, List.copyOf(figures), cells, byType, reports);
    }

    /** Each accepted institution's value of a figure in the round (with its share of {@code atMost}). */
    public List<InstitutionFigure> drillDown(String roundCode, String indicator) {
        ReportTemplate.Figure figure = template.figure(indicator).orElseThrow(() -> new UnknownFigureException(indicator));
        return jdbc.query("select i.code, i.name, i.type, f.figure, w.figure from reporting_report r"
                        + " join institution i on i.code = r.institution_code join reporting_round rr on rr.id = r.round_id"
                        + " left join reporting_figure f on f.report_id = r.id and f.indicator = ? and f.dimension = ''"
                        + " left join reporting_figure w on w.report_id = r.id and w.indicator = ? and w.dimension = ''"
                        + " where rr.code = ? and r.status = ? order by i.name",
                (rs, i) -> {
                    BigDecimal value = rs.getBigDecimal(4);
                    BigDecimal whole = rs.getBigDecimal(5);
                    return new InstitutionFigure(rs.getString(1), rs.getString(2), InstitutionType.valueOf(rs.getString(3)),
                            value == null ? null : whole(value),
                            value == null || whole == null ? null : ProvincialReport.percent(value, whole));
                }, indicator, figure.atMost() == null ? "" : figure.atMost(), roundCode, ACCEPTED);
    }

    /** 120.00 as 120, 2.50 as 2.5: figures are counts, shown without the column's decimals. */
    static BigDecimal whole(BigDecimal figure) {
        BigDecimal stripped = figure.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A figure the template does not have. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static class UnknownFigureException extends RuntimeException {
        UnknownFigureException(String key) {
            super("No figure " + key + " in the report template");
        }
    }
}
