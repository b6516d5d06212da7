package vn.vetflow.payment;

import static vn.vetflow.payment.Redirects.seeOther;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The simulated gateway's payment page: shows the signed order, and the payer pays or cancels. */
@Controller
@ConditionalOnProperty(name = "vetflow.payment.gateway", havingValue = "simulator", matchIfMissing = true)
@RequestMapping("/payments/simulator/{orderId}")
class SimulatorController {

    private final SimulatedGateway gateway;

    SimulatorController(SimulatedGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    ModelAndView page(@PathVariable String orderId, @RequestParam Map<String, String> parameters) {
        return gateway.request(orderId, parameters)
                .map(request -> new ModelAndView("payment/simulator", Map.of("request", request,
                        "amount", Long.parseLong(request.get("amount")))))
                .orElseGet(Redirects::invalid);
    }

    @PostMapping
    ModelAndView decide(@PathVariable String orderId, @RequestParam Map<String, String> parameters,
                        @RequestParam String result) {
        return gateway.request(orderId, parameters)
                .map(request -> seeOther(gateway.complete(request, "success".equals(result)).toString()))
                .orElseGet(Redirects::invalid);
    }
}
