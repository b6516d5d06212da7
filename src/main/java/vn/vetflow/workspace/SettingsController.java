package vn.vetflow.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.identity.OfficerMailPreferences;
import vn.vetflow.identity.Officers;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.identity.Roles;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.shared.DateFormats;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.tasks.Absences;

/**
 * An officer's own settings: which e-mails they want, and their absences with the colleague who takes
 * their new work meanwhile.
 */
@Controller
class SettingsController {

    private final OfficerMailPreferences preferences;
    private final Absences absences;
    private final Officers officers;
    private final OrganisationUnits units;
    private final ProvinceClock clock;

    SettingsController(OfficerMailPreferences preferences, Absences absences, Officers officers, OrganisationUnits units,
                       ProvinceClock clock) {
        this.preferences = preferences;
        this.absences = absences;
        this.officers = officers;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/workspace/settings")
    String settings(Authentication user, Model model) {
        return page(user, new AbsenceForm("", "", ""), Map.of(), model);
    }

    @PostMapping("/workspace/settings/notifications")
    String notifications(@RequestParam(defaultValue = "false") boolean mailOnAssignment,
                         @RequestParam(defaultValue = "false") boolean mailOnEscalation, Authentication user,
                         RedirectAttributes flash) {
        preferences.save(user.getName(), new OfficerMailPreferences.Preference(mailOnAssignment, mailOnEscalation));
        flash.addFlashAttribute("message", "workspace.settings.saved");
        return "redirect:/workspace/settings";
    }

    @PostMapping("/workspace/settings/absences")
    String addAbsence(@RequestParam(defaultValue = "") String substitute, @RequestParam(defaultValue = "") String startsOn,
                      @RequestParam(defaultValue = "") String endsOn, Authentication user, Model model,
                      HttpServletResponse response, RedirectAttributes flash) {
        AbsenceForm form = new AbsenceForm(substitute.strip(), startsOn.strip(), endsOn.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        if (!substitutes(user).containsKey(form.substitute())) {
            errors.put("substitute", form.substitute().isEmpty() ? "workspace.absence.error.substitute"
                    : "workspace.absence.error.notEligible");
        }
        LocalDate from = date(form.startsOn(), "startsOn", errors);
        LocalDate to = date(form.endsOn(), "endsOn", errors);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.put("endsOn", "workspace.absence.error.order");
            } else if (to.isBefore(clock.today())) {
                errors.put("endsOn", "workspace.absence.error.past");
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(user, form, errors, model);
        }
        absences.add(user.getName(), form.substitute(), from, to);
        flash.addFlashAttribute("message", "workspace.absence.added");
        return "redirect:/workspace/settings";
    }

    @PostMapping("/workspace/settings/absences/{id}/delete")
    String removeAbsence(@PathVariable long id, Authentication user, RedirectAttributes flash) {
        boolean removed = absences.remove(id, user.getName());
        flash.addFlashAttribute(removed ? "message" : "error",
                removed ? "workspace.absence.removed" : "workspace.absence.error.notYours");
        return "redirect:/workspace/settings";
    }

    private String page(Authentication user, AbsenceForm form, Map<String, String> errors, Model model) {
        model.addAttribute("preference", preferences.of(user.getName()));
        model.addAttribute("absences", absences.upcoming(user.getName(), clock.today()).stream()
                .map(a -> new AbsenceView(a.id(), a.substitute(), DateFormats.date(a.startsOn()),
                        DateFormats.date(a.endsOn()),
                        !a.startsOn().isAfter(clock.today()))).toList());
        model.addAttribute("substitutes", substitutes(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "workspace/settings";
    }

    /** Colleagues who can take the officer's work: same role and same unit, not the officer. */
    private Map<String, String> substitutes(Authentication user) {
        List<String> groups = UserGroups.of(user);
        Map<String, String> colleagues = new java.util.TreeMap<>();
        for (String role : groups.stream().filter(Roles.OFFICERS::contains).toList()) {
            for (String unit : units.among(groups)) {
                colleagues.putAll(officers.inGroupAndUnit(role, unit));
            }
        }
        colleagues.remove(user.getName());
        return colleagues;
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text.isEmpty()) {
            errors.put(field, "workspace.absence.error.date");
            return null;
        }
        try {
            return DateFormats.parse(text);
        } catch (IllegalArgumentException e) {
            errors.put(field, "workspace.absence.error.date");
            return null;
        }
    }

    /** What the officer typed, kept when it is shown again with errors. */
    record AbsenceForm(String substitute, String startsOn, String endsOn) {
    }

    record AbsenceView(long id, String substitute, String startsOn, String endsOn, boolean current) {
    }
}
