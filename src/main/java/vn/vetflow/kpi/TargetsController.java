package vn.vetflow.kpi;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /kpi/targets}: the plan's targets; and the administrators' rebuild button. */
@Controller
class TargetsController {

    private final PlanTargets targets;
    private final KpiRebuild rebuild;
    private final java.time.Clock clock;

    TargetsController(PlanTargets targets, KpiRebuild rebuild, java.time.Clock clock) {
        this.targets = targets;
        this.rebuild = rebuild;
        this.clock = clock;
    }

    @GetMapping("/kpi/targets")
    String page(Model model) {
        model.addAttribute("lines", targets.lines());
        model.addAttribute("sel", Selection.of(null, null, null, java.time.LocalDate.now(clock)));
        return "kpi/targets";
    }

    /** The institutions (procedures, reports) behind a target's current value. */
    @GetMapping("/kpi/targets/{key:[A-Za-z0-9]+}")
    String drill(@org.springframework.web.bind.annotation.PathVariable String key, Model model) {
        var drill = targets.drill(key).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "No plan target " + key));
        model.addAttribute("drill", drill);
        model.addAttribute("sel", Selection.of(null, null, null, java.time.LocalDate.now(clock)));
        return "kpi/target";
    }

    @PostMapping("/kpi/rebuild")
    String rebuild(RedirectAttributes flash) {
        int cases = rebuild.rebuild();
        flash.addFlashAttribute("rebuilt", cases);
        return "redirect:/kpi/targets";
    }
}
