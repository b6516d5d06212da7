package vn.vetflow.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.vetflow.shared.Violation;

/**
 * The template's rules on what an institution typed: whole non-negative numbers, yes/no figures 0 or 1,
 * percentages from 0 to 100, a figure no larger than the one it is part of ({@code atMost}), and, when the
 * report is submitted, every figure and every cell of its tables. A draft keeps what parses and is told
 * about the rest; nothing typed is lost in the answer.
 */
final class ReportValidation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReportValidation() {
    }

    /** What was read: the figures that parse, and one violation per figure that does not or breaks a rule. */
    record Checked(Map<FigureKey, BigDecimal> figures, List<Violation> violations) {
    }

    /**
     * @param sent       single figures by key and table cells by {@link FigureKey#field()}, as typed (text or number)
     * @param dimensions the table rows the institution must fill ({@code LEVEL|occupationCode})
     * @param complete   a submission: every figure and cell is required
     */
    static Checked check(ReportTemplate template, Map<String, ?> sent, List<String> dimensions, boolean complete) {
        Map<FigureKey, BigDecimal> figures = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (ReportTemplate.Figure figure : template.figures()) {
            read(FigureKey.single(figure.key()), sent.get(figure.key()), complete, figures, violations)
                    .ifPresent(value -> rules(figure, value, violations));
        }
        for (ReportTemplate.Figure figure : template.figures()) {
            BigDecimal value = figures.get(FigureKey.single(figure.key()));
            BigDecimal limit = figure.atMost() == null ? null : figures.get(FigureKey.single(figure.atMost()));
            if (value != null && limit != null && value.compareTo(limit) > 0) {
                violations.add(Violation.of(figure.key(), "reporting.error.atMost",
                        new DefaultMessageSourceResolvable("reporting.figure." + figure.atMost()), limit.toPlainString()));
            }
        }
        for (ReportTemplate.Table table : template.tables()) {
            for (String dimension : dimensions) {
                FigureKey cell = new FigureKey(table.key(), dimension);
                read(cell, sent.get(cell.field()), complete, figures, violations);
            }
        }
        // A figure that broke a rule is not kept as a valid value.
        violations.forEach(v -> figures.keySet().removeIf(k -> k.field().equals(v.field())));
        return new Checked(figures, violations);
    }

    private static java.util.Optional<BigDecimal> read(FigureKey key, Object raw, boolean complete,
                                                       Map<FigureKey, BigDecimal> figures, List<Violation> violations) {
        String text = raw == null ? "" : raw instanceof BigDecimal number ? number.toPlainString() : raw.toString().trim();
        if (text.isEmpty()) {
            if (complete) {
                violations.add(Violation.of(key.field(), "reporting.error.required"));
            }
            return java.util.Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            violations.add(Violation.of(key.field(), "reporting.error.wholeNumber"));
            return java.util.Optional.empty();
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            violations.add(Violation.of(key.field(), "reporting.error.wholeNumber"));
            return java.util.Optional.empty();
        }
        figures.put(key, value);
        return java.util.Optional.of(value);
    }

    private static void rules(ReportTemplate.Figure figure, BigDecimal value, List<Violation> violations) {
        if (figure.isYesNo() && value.compareTo(BigDecimal.ONE) > 0) {
            violations.add(Violation.of(figure.key(), "reporting.error.yesNo"));
        }
        if (figure.isPercent() && value.compareTo(HUNDRED) > 0) {
            violations.add(Violation.of(figure.key(), "reporting.error.percent"));
        }
    }
}
