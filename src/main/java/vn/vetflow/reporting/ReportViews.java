package vn.vetflow.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.Officers;
import vn.vetflow.institution.Institutions;
import vn.vetflow.institution.Occupation;
import vn.vetflow.shared.DateFormats;
import vn.vetflow.shared.ProvinceClock;

/** What the reporting pages show of rounds and reports: dates as dd/MM/yyyy, people by full name. */
@Component
class ReportViews {

    private final ReportingRounds rounds;
    private final Institutions institutions;
    private final Officers officers;
    private final ProvinceClock clock;

    ReportViews(ReportingRounds rounds, Institutions institutions, Officers officers, ProvinceClock clock) {
        this.rounds = rounds;
        this.institutions = institutions;
        this.officers = officers;
        this.clock = clock;
    }

    /** A round as a list row: its period, due and close days, and how many reports stand where. */
    record RoundRow(Round round, String period, String due, String openedBy, Map<String, Long> counts, long late) {
    }

    RoundRow row(Round round) {
        List<Report> reports = rounds.reports(round);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReportStatus status : ReportStatus.values()) {
            counts.put(status.name(), reports.stream().filter(r -> r.status() == status).count());
        }
        return new RoundRow(round, DateFormats.date(round.periodFrom()) + " – " + DateFormats.date(round.periodTo()),
                DateFormats.date(round.dueOn()), officers.fullName(round.openedBy()), counts,
                reports.stream().filter(Report::late).count());
    }

    /** A report as a row of a round or of an institution's list. */
    record ReportRow(Report report, String institutionName, String roundCode, String due, String submitted,
                     String submittedBy, boolean overdue) {
    }

    ReportRow reportRow(Report report) {
        String name = institutions.byCode(report.institutionCode()).map(i -> i.name()).orElse(report.institutionCode());
        LocalDate today = clock.today();
        return new ReportRow(report, name, report.roundCode(), DateFormats.date(report.dueOn()),
                report.submittedAt() == null ? "" : DateFormats.dateTime(report.submittedAt()),
                report.submittedBy() == null ? "" : officers.fullName(report.submittedBy()),
                report.editable() && today.isAfter(report.dueOn()));
    }

    /** One single figure: its typed or stored value, the previous accepted one, and its flag. */
    record FigureRow(ReportTemplate.Figure figure, String value, String previous, FigureJumps.Jump jump) {
    }

    /** One row of the enrolment / graduates tables: a level and occupation, a value per table. */
    record TableRow(String dimension, Occupation occupation, Map<String, String> values, Map<String, String> previous,
                    Map<String, FigureJumps.Jump> jumps) {
    }

    /** A decision as the comment history shows it. */
    record ReviewRow(String decision, String comment, String by, String at) {
    }

    /** The figures of a report as typed ({@code typed}: field → text) or stored, with flags when reviewing. */
    List<FigureRow> figures(Report report, Map<String, String> typed, boolean withPrevious) {
        Map<FigureKey, BigDecimal> stored = rounds.figures(report.id());
        Map<FigureKey, BigDecimal> previous = withPrevious ? previous(report) : Map.of();
        Map<FigureKey, FigureJumps.Jump> flags = withPrevious ? rounds.flags(report) : Map.of();
        List<FigureRow> rows = new ArrayList<>();
        for (ReportTemplate.Figure figure : rounds.template().figures()) {
            FigureKey key = FigureKey.single(figure.key());
            rows.add(new FigureRow(figure, typed != null ? typed.getOrDefault(key.field(), "") : text(stored.get(key)),
                    text(previous.get(key)), flags.get(key)));
        }
        return rows;
    }

    List<TableRow> tables(Report report, Map<String, String> typed, boolean withPrevious) {
        Map<FigureKey, BigDecimal> stored = rounds.figures(report.id());
        Map<FigureKey, BigDecimal> previous = withPrevious ? previous(report) : Map.of();
        Map<FigureKey, FigureJumps.Jump> flags = withPrevious ? rounds.flags(report) : Map.of();
        List<TableRow> rows = new ArrayList<>();
        rounds.occupations(report.institutionCode()).forEach((dimension, occupation) -> {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> before = new LinkedHashMap<>();
            Map<String, FigureJumps.Jump> jumps = new LinkedHashMap<>();
            for (ReportTemplate.Table table : rounds.template().tables()) {
                FigureKey key = new FigureKey(table.key(), dimension);
                values.put(table.key(), typed != null ? typed.getOrDefault(key.field(), "") : text(stored.get(key)));
                before.put(table.key(), text(previous.get(key)));
                if (flags.get(key) != null) {
                    jumps.put(table.key(), flags.get(key));
                }
            }
            rows.add(new TableRow(dimension, occupation, values, before, jumps));
        });
        return rows;
    }

    List<ReviewRow> reviews(Report report) {
        return rounds.reviews(report.id()).stream().map(r -> new ReviewRow(r.decision(), r.comment(),
                officers.fullName(r.decidedBy()), DateFormats.dateTime(r.decidedAt()))).toList();
    }

    private Map<FigureKey, BigDecimal> previous(Report report) {
        return rounds.previousAccepted(report).map(r -> rounds.figures(r.id())).orElse(Map.of());
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
