package vn.vetflow.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /kpi/process}: waiting vs working per step, the slowest steps, breaches, the coloured diagram. */
@Controller
public class ProcessController {

    private final ProcessQueries queries;
    private final Clock clock;
    private final BpmnDiagram diagram = BpmnDiagram.load("processes/public-service.bpmn");

    ProcessController(ProcessQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public record StepRow(String stepKey, String name, ProcessQueries.StepFigures figures) {
    }

    @GetMapping("/kpi/process")
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) String conv,
                Model model) {
        LocalDate today = LocalDate.now(clock);
        Selection s = Selection.of(period, conv, null, today);
        List<StepRow> rows = queries.steps(KpiUpdater.PUBLIC_SERVICE, s.period().from(), s.period().to()).stream()
                .map(f -> new StepRow(f.stepKey(), diagram.name(f.stepKey()), f)).toList();
        List<StepRow> slowest = new ArrayList<>(rows);
        slowest.sort(Comparator.comparingDouble((StepRow r) -> r.figures().averageHours()).reversed());
        double max = slowest.isEmpty() ? 0 : slowest.get(0).figures().averageHours();
        Map<String, String> fills = new HashMap<>();
        Map<String, String> captions = new HashMap<>();
        for (StepRow r : rows) {
            double share = max == 0 ? 0 : r.figures().averageHours() / max;
            fills.put(r.stepKey(), share >= 0.66 ? "#f8d7da" : share >= 0.33 ? "#fff3cd" : "#d1e7dd");
            captions.put(r.stepKey(), String.format(Locale.ROOT, "%.1f h (%d)", r.figures().averageHours(),
                    r.figures().breaches()));
        }
        Map<String, List<Object>> chart = new LinkedHashMap<>();
        chart.put("labels", new ArrayList<>(rows.stream().map(r -> (Object) r.name()).toList()));
        chart.put("waiting", new ArrayList<>(rows.stream().map(r -> (Object) round(r.figures().averageWaitingHours())).toList()));
        chart.put("working", new ArrayList<>(rows.stream().map(r -> (Object) round(r.figures().averageWorkingHours())).toList()));
        model.addAttribute("sel", s);
        model.addAttribute("rows", rows);
        model.addAttribute("slowest", slowest.stream().limit(3).toList());
        model.addAttribute("openBreaches", queries.openBreaches(KpiUpdater.PUBLIC_SERVICE, clock.instant()));
        model.addAttribute("svg", diagram.svg(fills, captions));
        model.addAttribute("chart", chart);
        return "kpi/process";
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
