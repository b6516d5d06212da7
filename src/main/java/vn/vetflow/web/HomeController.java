package vn.vetflow.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.shared.ProvinceClock;

/** The home page: what vetflow is and the procedures in force today. */
@Controller
class HomeController {

    private final ProcedureCatalogue catalogue;
    private final ProvinceClock clock;

    HomeController(ProcedureCatalogue catalogue, ProvinceClock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("procedures", catalogue.effectiveOn(clock.today()));
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
