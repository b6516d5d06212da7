package vn.vetflow.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.identity.Roles;
import vn.vetflow.inspection.Inspections;

/** {@code /kpi/inspections}: the digital share against the plan, stages, overdue remediation, findings by area. */
@Controller
class InspectionsController {

    /** The roles let into {@code /workspace/**} (identity/SecurityConfiguration). */
    private static final List<String> WORKSPACE_ROLES = List.of(Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER,
            Roles.INSPECTOR, Roles.ADMIN);

    private final InspectionQueries queries;
    private final Inspections inspections;
    private final Clock clock;

    InspectionsController(InspectionQueries queries, Inspections inspections, Clock clock) {
        this.queries = queries;
        this.inspections = inspections;
        this.clock = clock;
    }

    /**
     * Whether this viewer may open inspection files at {@code /workspace/inspections/{code}}: let into the
     * workspace and allowed by the inspection module (supervisors are not: they would get 403).
     */
    boolean mayOpenFiles(Authentication user) {
        if (user == null) {
            return false;
        }
        List<String> roles = UserGroups.of(user);
        return roles.stream().anyMatch(WORKSPACE_ROLES::contains) && inspections.mayOpenFiles(roles);
    }

    @GetMapping("/kpi/inspections")
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) String conv,
                Authentication user, Model model) {
        LocalDate today = LocalDate.now(clock);
        Selection s = Selection.of(period == null ? PlanTargets.inspectionYear(today).param() : period, conv, null, today);
        model.addAttribute("sel", s);
        model.addAttribute("mayOpenFiles", mayOpenFiles(user));
        model.addAttribute("share", queries.share(s.period().from(), s.period().to()));
        model.addAttribute("stages", queries.byStage());
        model.addAttribute("overdue", queries.overdueRemediation(today));
        model.addAttribute("overdueCount", queries.overdueCount(today));
        model.addAttribute("areas", queries.findingsByArea(s.period().from(), s.period().to()));
        List<Object> labels = new ArrayList<>();
        List<Object> shares = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        Period p = s.period();
        for (int i = 0; i < 8; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        List<InspectionQueries.Share> periodShares = queries.shares(periods);
        for (int i = 0; i < periods.size(); i++) {
            labels.add(periods.get(i).label());
            Double percent = periodShares.get(i).percent();
            shares.add(percent == null ? null : Math.round(percent * 10) / 10.0);
        }
        Map<String, List<Object>> trend = new LinkedHashMap<>();
        trend.put("labels", labels);
        trend.put("share", shares);
        model.addAttribute("trend", trend);
        return "kpi/inspections";
    }

    @GetMapping("/kpi/inspections/list")
    String list(@RequestParam(required = false) String period, @RequestParam(required = false) String conv,
                @RequestParam(defaultValue = "closed") String metric, @RequestParam(required = false) String key,
                Authentication user, Model model) {
        LocalDate today = LocalDate.now(clock);
        Selection s = Selection.of(period == null ? Integer.toString(today.getYear()) : period, conv, null, today);
        model.addAttribute("sel", s);
        model.addAttribute("mayOpenFiles", mayOpenFiles(user));
        model.addAttribute("metric", metric);
        model.addAttribute("key", key);
        model.addAttribute("lines", queries.inspections(metric, s.period().from(), s.period().to(), key));
        return "kpi/inspection-list";
    }
}
