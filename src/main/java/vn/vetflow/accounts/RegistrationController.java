package vn.vetflow.accounts;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /register}: the form, and on success to the login page with a notice (POST-redirect-GET). */
@Controller
@RequestMapping("/register")
class RegistrationController {

    static final String VIEW = "accounts/register";

    private final Registration registration;

    RegistrationController(Registration registration) {
        this.registration = registration;
    }

    @ModelAttribute("types")
    AccountType[] types() {
        return AccountType.values();
    }

    @ModelAttribute("passwordMinLength")
    int passwordMinLength() {
        return PasswordRules.MIN_LENGTH;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("registration", new RegistrationForm());
        return VIEW;
    }

    @PostMapping
    String register(@ModelAttribute("registration") RegistrationForm form, BindingResult errors,
                    RedirectAttributes redirect) {
        RegistrationValidator.validate(form, errors);
        if (!errors.hasErrors()) {
            try {
                registration.register(form);
            } catch (DuplicateAccountException e) {
                e.fields().forEach(field -> errors.rejectValue(field, "accounts.error." + field + ".taken"));
            } catch (DataIntegrityViolationException e) {
                // Somebody registered the same name or number between our check and the insert.
                errors.reject("accounts.error.taken");
            }
        }
        if (errors.hasErrors()) {
            form.clearPasswords();
            return VIEW;
        }
        redirect.addFlashAttribute("notice", "accounts.register.done");
        redirect.addFlashAttribute("noticeArg", form.normalisedUsername());
        return "redirect:/login";
    }
}
