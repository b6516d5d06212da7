package vn.vetflow.reporting;

import java.util.List;
import java.util.Optional;

/**
 * A report template as processes/reporting/&lt;key&gt;.yaml declares it: single figures (with the figure each
 * cannot exceed, or yes/no) and tables with one cell per level and occupation the institution is registered for.
 */
public record ReportTemplate(String key, boolean confirmed, List<Figure> figures, List<Table> tables) {

    public ReportTemplate {
        figures = figures == null ? List.of() : List.copyOf(figures);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** One figure; label {@code reporting.figure.<key>}; a percentage lies between 0 and 100. */
    public record Figure(String key, String atMost, Boolean yesNo, Boolean percent) {

        public boolean isYesNo() {
            return Boolean.TRUE.equals(yesNo);
        }

        public boolean isPercent() {
            return Boolean.TRUE.equals(percent);
        }
    }

    /** A table of figures by level and occupation; label {@code reporting.figure.<key>}. */
    public record Table(String key) {
    }

    public Optional<Figure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
