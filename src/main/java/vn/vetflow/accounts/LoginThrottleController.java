package vn.vetflow.accounts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.VetflowApplication;
import vn.vetflow.identity.Officers;

/** Administrators see who is held back by the login throttle and under attack, and let a name or address in again. */
@Controller
class LoginThrottleController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of(VetflowApplication.ZONE));

    private final LoginThrottle throttle;
    private final Officers officers;

    LoginThrottleController(LoginThrottle throttle, Officers officers) {
        this.throttle = throttle;
        this.officers = officers;
    }

    @GetMapping("/admin/logins")
    String page(Model model) {
        model.addAttribute("heldBack", throttle.heldBack());
        model.addAttribute("alerts", throttle.alerts());
        model.addAttribute("officers", officers);
        model.addAttribute("shown", SHOWN);
        return "accounts/logins";
    }

    @PostMapping("/admin/logins/unlock-name")
    String unlockName(@RequestParam String username, RedirectAttributes redirect) {
        throttle.unlockName(username);
        redirect.addFlashAttribute("unlocked", officers.fullName(username));
        return "redirect:/admin/logins";
    }

    @PostMapping("/admin/logins/unlock-address")
    String unlockAddress(@RequestParam String address, RedirectAttributes redirect) {
        throttle.unlockAddress(address);
        redirect.addFlashAttribute("unlocked", address);
        return "redirect:/admin/logins";
    }
}
