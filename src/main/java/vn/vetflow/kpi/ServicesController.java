package vn.vetflow.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /kpi/services}: the Decision 766 indicators and the one-stop table of a period, by procedure,
 * unit or officer; every number links to {@code /kpi/services/dossiers}, the dossiers behind it.
 */
@Controller
class ServicesController {

    static final int DRILL_LIMIT = 1000;

    private final KpiQueries queries;
    private final ServiceIndicators indicators;
    private final Clock clock;

    ServicesController(KpiQueries queries, ServiceIndicators indicators, Clock clock) {
        this.queries = queries;
        this.indicators = indicators;
        this.clock = clock;
    }

    @GetMapping("/kpi")
    String home() {
        return "redirect:/kpi/services";
    }

    @GetMapping("/kpi/services")
    String services(@RequestParam(required = false) String period, @RequestParam(required = false) String conv,
                    @RequestParam(required = false) String by, Model model) {
        Selection s = Selection.of(period, conv, by, LocalDate.now(clock));
        List<ServiceFigures> rows = queries.services(s.period(), s.dimension());
        ServiceFigures total = rows.get(0);
        model.addAttribute("sel", s);
        model.addAttribute("total", total);
        model.addAttribute("table", rows);
        model.addAttribute("rows", rows.size() > 1 ? rows.subList(1, rows.size()) : List.of());
        model.addAttribute("indicators", indicators.of(total));
        model.addAttribute("trend", trend(s));
        return "kpi/services";
    }

    @GetMapping("/kpi/services/dossiers")
    String dossiers(@RequestParam(required = false) String period, @RequestParam(required = false) String conv,
                    @RequestParam(required = false) String by, @RequestParam(required = false) String key,
                    @RequestParam String metric, Model model) {
        Selection s = Selection.of(period, conv, by, LocalDate.now(clock));
        model.addAttribute("sel", s);
        model.addAttribute("metric", metric);
        String group = key == null || key.isBlank() ? null : key;
        model.addAttribute("key", group);
        model.addAttribute("lines", queries.dossiers(s.period(), metric, s.dimension(), group, DRILL_LIMIT));
        model.addAttribute("limit", DRILL_LIMIT);
        return "kpi/dossiers";
    }

    /** On-time and online rates over the last twelve periods of the chosen kind, oldest first. */
    private Map<String, List<Object>> trend(Selection s) {
        List<Object> labels = new ArrayList<>();
        List<Object> onTime = new ArrayList<>();
        List<Object> online = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        Period p = s.period();
        for (int i = 0; i < 12; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        for (Period each : periods) {
            ServiceFigures f = queries.finishedAndReceived(each);
            labels.add(each.label());
            onTime.add(percent(ServiceFigures.ratio(f.early + f.onTime, f.finished)));
            online.add(percent(f.onlineRate()));
        }
        Map<String, List<Object>> trend = new LinkedHashMap<>();
        trend.put("labels", labels);
        trend.put("onTime", onTime);
        trend.put("online", online);
        return trend;
    }

    private static Double percent(Double ratio) {
        return ratio == null ? null : Math.round(ratio * 1000) / 10.0;
    }
}
