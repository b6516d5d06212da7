package vn.vetflow.accounts;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /password/forgot} asks for an address and always answers the same, so the page does not tell
 * which addresses have accounts; {@code /password/reset} takes the mailed link's token and a new password.
 */
@Controller
@RequestMapping("/password")
class PasswordResetController {

    static final String FORGOT = "accounts/forgot";
    static final String RESET = "accounts/reset";

    private final PasswordReset reset;

    PasswordResetController(PasswordReset reset) {
        this.reset = reset;
    }

    @ModelAttribute("passwordMinLength")
    int passwordMinLength() {
        return PasswordRules.MIN_LENGTH;
    }

    @GetMapping("/forgot")
    String forgotForm(Model model) {
        model.addAttribute("forgot", new ForgotPasswordForm());
        return FORGOT;
    }

    @PostMapping("/forgot")
    String forgot(@ModelAttribute("forgot") ForgotPasswordForm form, BindingResult errors, Locale locale,
                  RedirectAttributes redirect) {
        String email = form.getEmail() == null ? "" : form.getEmail().strip();
        if (email.isEmpty()) {
            errors.rejectValue("email", "accounts.error.email.required");
        } else if (email.length() > 200 || !RegistrationValidator.EMAIL.matcher(email).matches()) {
            errors.rejectValue("email", "accounts.error.email.format");
        }
        if (errors.hasErrors()) {
            return FORGOT;
        }
        reset.request(email, locale);
        redirect.addFlashAttribute("sent", true);
        return "redirect:/password/forgot";
    }

    @GetMapping("/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        if (reset.target(token).isEmpty()) {
            return invalid(model);
        }
        ResetPasswordForm form = new ResetPasswordForm();
        form.setToken(token);
        model.addAttribute("reset", form);
        return RESET;
    }

    @PostMapping("/reset")
    String resetPassword(@ModelAttribute("reset") ResetPasswordForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        Optional<PasswordReset.Target> target = reset.target(form.getToken());
        if (target.isEmpty()) {
            return invalid(model);
        }
        RegistrationValidator.validatePassword(form.getPassword(), form.getPasswordConfirmation(),
                target.get().username(), target.get().email(), errors);
        if (errors.hasErrors()) {
            form.setPassword(null);
            form.setPasswordConfirmation(null);
            return RESET;
        }
        if (!reset.reset(form.getToken(), form.getPassword())) {
            return invalid(model);
        }
        redirect.addFlashAttribute("notice", "accounts.reset.done");
        return "redirect:/login";
    }

    private static String invalid(Model model) {
        model.addAttribute("invalid", true);
        return RESET;
    }
}
