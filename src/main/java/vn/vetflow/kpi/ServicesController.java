package vn.vetflow.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /kpi/services}: the Decision 766 indicators and the one-stop table of a period, by procedure,
 * unit or officer; every number links to {@code /kpi/services/dossiers}, the dossiers behind it.
 */
@Controller
class ServicesController {

    static final int DRILL_PAGE = 200;

    private final KpiQueries queries;
    private final ServiceIndicators indicators;
    private final KpiNames names;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final TransactionTemplate readOnly;

    ServicesController(KpiQueries queries, ServiceIndicators indicators, KpiNames names, Clock clock,
                       org.springframework.context.MessageSource messages, PlatformTransactionManager transactions) {
        this.messages = messages;
        this.queries = queries;
        this.indicators = indicators;
        this.names = names;
        this.clock = clock;
        // One read-only transaction a page: the calendar's revision and the catalogue's published versions are
        // read once (they are bound to the transaction) instead of once per query and per procedure name.
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping("/kpi")
    String home() {
        return "redirect:/kpi/services";
    }

    @GetMapping("/kpi/services")
    String services(@RequestParam(required = false) String period, @RequestParam(required = false) String conv,
                    @RequestParam(required = false) String by, java.util.Locale locale, Model model) {
        readOnly.executeWithoutResult(status -> services(Selection.of(period, conv, by, LocalDate.now(clock)), locale,
                model));
        return "kpi/services";
    }

    private void services(Selection s, java.util.Locale locale, Model model) {
        List<ServiceFigures> rows = queries.services(s.judged(), s.dimension());
        Map<String, String> groupNames = names.groups(s.dimension(), rows.stream().map(ServiceFigures::key).toList(),
                locale);
        ServiceFigures total = rows.get(0);
        model.addAttribute("sel", s);
        model.addAttribute("total", total);
        model.addAttribute("oneStop", ServicesRows.oneStop(rows, groupNames, s,
                messages.getMessage("kpi.total", null, locale), locale));
        List<IndicatorValue> values = indicators.of(total, s.judged());
        model.addAttribute("indicators", values);
        model.addAttribute("groups", indicators.groups(values));
        Map<String, List<Object>> trend = trend(s);
        model.addAttribute("trend", trend);
        model.addAttribute("trendLines", ServicesRows.trend(trend, locale));
    }

    @GetMapping("/kpi/services/dossiers")
    String dossiers(@RequestParam(required = false) String period, @RequestParam(required = false) String conv,
                    @RequestParam(required = false) String by, @RequestParam(required = false) String key,
                    @RequestParam String metric, @RequestParam(defaultValue = "1") String page, java.util.Locale locale,
                    Model model) {
        readOnly.executeWithoutResult(status -> dossiers(Selection.of(period, conv, by, LocalDate.now(clock)), key,
                metric, page, locale, model));
        return "kpi/dossiers";
    }

    private void dossiers(Selection s, String key, String metric, String page, java.util.Locale locale, Model model) {
        String group = key == null || key.isBlank() ? null : key;
        int number = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        List<KpiQueries.DossierLine> lines = queries.dossiers(s.judged(), metric, s.dimension(), group,
                number * DRILL_PAGE + 1);
        boolean more = lines.size() > number * DRILL_PAGE;
        lines = lines.subList(Math.min(lines.size(), (number - 1) * DRILL_PAGE), Math.min(lines.size(), number * DRILL_PAGE));
        String here = "/kpi/services/dossiers?" + s.query() + "&metric=" + metric
                + (group == null ? "" : "&key=" + java.net.URLEncoder.encode(group, java.nio.charset.StandardCharsets.UTF_8));
        model.addAttribute("sel", s);
        model.addAttribute("metric", metric);
        model.addAttribute("key", group);
        model.addAttribute("lines", lines);
        model.addAttribute("rows", ServicesRows.dossiers(lines, names.of(lines, locale), messages, locale));
        model.addAttribute("groupName", group == null ? null : names.group(s.dimension(), group, locale));
        model.addAttribute("pageNumber", number);
        model.addAttribute("nextUrl", more ? here + "&page=" + (number + 1) : null);
        model.addAttribute("previousUrl", number > 1 ? here + "&page=" + (number - 1) : null);
    }

    /**
     * The procedures behind "procedures offered online": the catalogue versions in force on the period's end,
     * all of them ({@code metric=procedures}), those offered partly or fully online ({@code proceduresOnline})
     * or fully online ({@code proceduresFullyOnline}).
     */
    @GetMapping("/kpi/services/procedures")
    String procedures(@RequestParam(required = false) String period, @RequestParam(required = false) String conv,
                      @RequestParam(defaultValue = "procedures") String metric, Model model) {
        Selection s = Selection.of(period, conv, null, LocalDate.now(clock));
        ServiceIndicators.ProcedureCounts counts = indicators.procedures(s.judgedOn());
        String shown = switch (metric) {
            case "proceduresOnline", "proceduresFullyOnline" -> metric;
            default -> "procedures";
        };
        model.addAttribute("sel", s);
        model.addAttribute("metric", shown);
        model.addAttribute("counts", counts);
        List<vn.vetflow.catalogue.ProcedureVersion> lines = switch (shown) {
            case "proceduresOnline" -> counts.online();
            case "proceduresFullyOnline" -> counts.fullyOnline();
            default -> counts.all();
        };
        model.addAttribute("lines", lines);
        model.addAttribute("lineCount", shown.equals("procedures") ? counts.total() : lines.size());
        return "kpi/procedures";
    }

    /**
     * On-time and online rates over the twelve periods of the chosen kind up to the selected one, oldest first;
     * every period is there: one without dossiers has no rate (null, a gap in the chart) and 0 received.
     */
    private Map<String, List<Object>> trend(Selection s) {
        List<Object> labels = new ArrayList<>();
        List<Object> onTime = new ArrayList<>();
        List<Object> online = new ArrayList<>();
        List<Object> received = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        Period p = s.period();
        for (int i = 0; i < 12; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        List<ServiceFigures> figures = queries.finishedAndReceived(periods);
        for (int i = 0; i < periods.size(); i++) {
            ServiceFigures f = figures.get(i);
            labels.add(periods.get(i).label());
            onTime.add(percent(ServiceFigures.ratio(f.early + f.onTime, f.finished)));
            online.add(percent(f.onlineRate()));
            received.add(f.received);
        }
        Map<String, List<Object>> trend = new LinkedHashMap<>();
        trend.put("labels", labels);
        trend.put("onTime", onTime);
        trend.put("online", online);
        trend.put("received", received);
        return trend;
    }

    private static Double percent(Double ratio) {
        return ratio == null ? null : Math.round(ratio * 1000) / 10.0;
    }
}
