package vn.vetflow.kpi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.thymeleaf.util.NumberPointType;
import org.thymeleaf.util.NumberUtils;

/**
 * What the services page and its drill-down print per row, computed once in Java: the names, links and formatted
 * rates of the one-stop table, the trend table's percentages and the drill-down's labels and dates. Rendering a
 * row is then a handful of plain reads instead of fragments, #numbers calls, message look-ups and type references
 * per cell (the pages' time went there, not into the database). Numbers are formatted by the same Thymeleaf
 * routine {@code #numbers.formatDecimal} uses, so the page shows the same text.
 */
final class ServicesRows {

    private ServicesRows() {
    }

    /** A line of the one-stop table: the group's figures, its name, and where its numbers lead. */
    record OneStopLine(ServiceFigures figures, String name, String drill, String lateRate, String onTimeRate) {
        public boolean total() {
            return figures.key.equals("*");
        }
    }

    /** A period of the trend's table: its label, on-time and online rates ("—" without dossiers). */
    record TrendLine(Object label, String onTime, String online) {
    }

    /** A dossier of the drill-down with its names, labels and dates as printed. */
    record DossierRow(KpiQueries.DossierLine line, String procedure, String unit, String officer, String channel,
                      String status, String received, String due, String end, String timeliness) {
    }

    static List<OneStopLine> oneStop(List<ServiceFigures> rows, Map<String, String> groupNames, Selection s,
                                     String totalName, Locale locale) {
        List<OneStopLine> lines = new ArrayList<>(rows.size());
        for (ServiceFigures row : rows) {
            boolean total = row.key.equals("*");
            String drill = "/kpi/services/dossiers?" + s.query()
                    + (total ? "" : "&key=" + URLEncoder.encode(row.key, StandardCharsets.UTF_8)) + "&metric=";
            lines.add(new OneStopLine(row, total ? totalName : groupNames.get(row.key), drill,
                    percent(row.lateRate(), locale), percent(row.classicOnTimeRate(), locale)));
        }
        return lines;
    }

    static List<TrendLine> trend(Map<String, List<Object>> trend, Locale locale) {
        List<TrendLine> lines = new ArrayList<>();
        for (int i = 0; i < trend.get("labels").size(); i++) {
            lines.add(new TrendLine(trend.get("labels").get(i), onePlace(trend.get("onTime").get(i), locale),
                    onePlace(trend.get("online").get(i), locale)));
        }
        return lines;
    }

    static List<DossierRow> dossiers(List<KpiQueries.DossierLine> lines, Map<String, Map<String, String>> names,
                                     MessageSource messages, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        List<DossierRow> rows = new ArrayList<>(lines.size());
        for (KpiQueries.DossierLine l : lines) {
            String status = "dossier.status." + vn.vetflow.dossier.DossierStatus.ofCode(l.status()).name();
            rows.add(new DossierRow(l, names.get("procedure").get(l.procedureId()), names.get("unit").get(l.unit()),
                    names.get("officer").get(l.officer()),
                    labels.computeIfAbsent("kpi.channel." + l.channel(), code -> message(messages, code, locale)),
                    labels.computeIfAbsent(status, code -> message(messages, code, locale)),
                    dd(l.receivedDay()), dd(l.dueDay()), dd(l.endDay()),
                    l.timeliness() == null ? "" : labels.computeIfAbsent("kpi.timeliness." + l.timeliness(),
                            code -> message(messages, code, locale))));
        }
        return rows;
    }

    /** A label as {@code #{code}} prints it, with Thymeleaf's marker for a missing key. */
    private static String message(MessageSource messages, String code, Locale locale) {
        return messages.getMessage(code, null, "??" + code + "_" + locale + "??", locale);
    }

    /** A ratio as the fragment {@code kpi/fragments :: pct} prints it: one decimal, a comma, a per-cent sign. */
    private static String percent(Double ratio, Locale locale) {
        return ratio == null ? "—" : NumberUtils.format(ratio * 100, 1, 1, NumberPointType.COMMA, locale) + "%";
    }

    private static String onePlace(Object percent, Locale locale) {
        return percent == null ? "—" : NumberUtils.format((Number) percent, 1, 1, NumberPointType.COMMA, locale) + "%";
    }

    private static String dd(LocalDate day) {
        return day == null ? "" : Selection.DD_MM_YYYY.format(day);
    }
}
