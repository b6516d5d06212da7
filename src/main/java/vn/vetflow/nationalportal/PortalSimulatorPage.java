package vn.vetflow.nationalportal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.shared.DateFormats;

/** The simulated portal's page (demo): what it received, and buttons to make it fail, slow or shuffled. */
@Controller
@Profile({"demo", "test", "cluster-test"})
@RequestMapping("/national-portal/simulator")
class PortalSimulatorPage {

    record ReceiptView(String dossierCode, int seq, String statusKey, boolean inOrder, int duplicates,
                       String receivedAt) {
    }

    private final PortalSimulator simulator;

    PortalSimulatorPage(PortalSimulator simulator) {
        this.simulator = simulator;
    }

    @GetMapping
    ModelAndView page() {
        List<ReceiptView> latest = simulator.latest(100).stream()
                .map(r -> new ReceiptView(r.dossierCode(), r.seq(), DossierStatus.ofCode(r.status()).messageKey(),
                        r.inOrder(), r.duplicates(), DateFormats.dateTime(r.receivedAt())))
                .toList();
        return new ModelAndView("nationalportal/simulator", Map.of("mode", simulator.mode().name(),
                "delaySeconds", simulator.delay().toSeconds(), "modes", PortalSimulator.Mode.values(),
                "totals", simulator.totals(), "latest", latest));
    }

    @PostMapping
    String behave(@RequestParam PortalSimulator.Mode mode, @RequestParam(defaultValue = "15") int delaySeconds) {
        simulator.behave(mode, Duration.ofSeconds(Math.max(0, Math.min(delaySeconds, 120))));
        return "redirect:/national-portal/simulator";
    }
}
