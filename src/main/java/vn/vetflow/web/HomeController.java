package vn.vetflow.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.publicservice.Deadlines;

/** The home page: what vetflow is and the procedures in force today. */
@Controller
class HomeController {

    private final ProcedureCatalogue catalogue;
    private final Deadlines deadlines;

    HomeController(ProcedureCatalogue catalogue, Deadlines deadlines) {
        this.catalogue = catalogue;
        this.deadlines = deadlines;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("procedures", catalogue.effectiveOn(deadlines.today()));
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
