package vn.vetflow.institution;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.identity.Officers;
import vn.vetflow.identity.Roles;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.shared.DateFormats;
import vn.vetflow.shared.SearchText;

/**
 * The register's pages: the list with search and risk scores (inspectors, leaders, supervisors,
 * administrators), an institution's page (also its own staff's, without the risk hints), and the forms
 * inspectors and administrators use to register, edit and link staff accounts. Another institution's page
 * answers 404 to an institution user, as one that does not exist.
 */
@Controller
class InstitutionPages {

    private final Institutions institutions;
    private final RiskHints risks;
    private final Officers officers;
    private final MessageSource messages;
    private final Clock clock;
    private final ReportPunctuality punctuality;

    InstitutionPages(Institutions institutions, RiskHints risks, Officers officers, MessageSource messages,
                     Clock clock, ReportPunctuality punctuality) {
        this.punctuality = punctuality;
        this.institutions = institutions;
        this.risks = risks;
        this.officers = officers;
        this.messages = messages;
        this.clock = clock;
    }

    /** A row of the list. */
    record Row(InstitutionSummary institution, int occupations, int score, String level, String lastInspected) {
    }

    /** A risk assessment as the pages show it: score, band, reasons in the reader's language. */
    record RiskView(int score, String level, List<String> reasons) {
    }

    record OccupationView(Occupation occupation, long percentOver, boolean overLimit) {
    }

    record ReportView(PeriodicReport report, String dueOn, String submittedOn, boolean late) {
    }

    @GetMapping("/institutions")
    String list(@RequestParam(defaultValue = "") String q, Authentication user, Model model) {
        if (isInstitutionUserOnly(user)) {
            return institutions.ofUser(user.getName()).map(i -> "redirect:/institutions/" + i.code())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        List<Row> rows = risks.all().stream()
                .filter(a -> SearchText.matches(q, a.institution().code(), a.institution().name(),
                        a.institution().district(), a.institution().address()))
                .map(a -> new Row(a.institution(), institutions.occupations(a.institution().code()).size(), a.score(),
                        a.level(), DateFormats.date(a.institution().lastInspectedOn())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("q", q);
        model.addAttribute("canEdit", canEdit(user));
        return "institution/list";
    }

    /** What was typed for an occupation, kept when shown again with errors. */
    record OccupationForm(String code, String name, String level, String registeredScale, String currentEnrolment) {

        static OccupationForm empty() {
            return new OccupationForm("", "", "", "", "");
        }
    }

    @GetMapping("/institutions/{code}")
    String show(@PathVariable String code, Authentication user, Locale locale, Model model) {
        return showPage(code, OccupationForm.empty(), Map.of(), user, locale, model);
    }

    @PostMapping("/institutions/{code}/occupations")
    String saveOccupation(@PathVariable String code, @RequestParam(defaultValue = "") String occupationCode,
                          @RequestParam(defaultValue = "") String occupationName,
                          @RequestParam(defaultValue = "") String level,
                          @RequestParam(defaultValue = "") String registeredScale,
                          @RequestParam(defaultValue = "") String currentEnrolment, Authentication user, Locale locale,
                          Model model, HttpServletResponse response, RedirectAttributes flash) {
        institutions.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        OccupationForm form = new OccupationForm(occupationCode.strip(), occupationName.strip(), level.strip(),
                registeredScale.strip(), currentEnrolment.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        if (!form.code().matches("[0-9]{7}")) {
            errors.put("occupationCode", "institution.error.occupation.code");
        }
        if (form.name().isEmpty()) {
            errors.put("occupationName", "institution.error.occupation.name");
        } else if (form.name().length() > 255) {
            errors.put("occupationName", "institution.error.tooLong");
        }
        if (java.util.Arrays.stream(OccupationLevel.values()).noneMatch(l -> l.name().equals(form.level()))) {
            errors.put("level", "institution.error.occupation.level");
        }
        Integer scale = number(form.registeredScale(), 1);
        if (scale == null) {
            errors.put("registeredScale", "institution.error.occupation.scale");
        }
        Integer enrolment = number(form.currentEnrolment(), 0);
        if (enrolment == null) {
            errors.put("currentEnrolment", "institution.error.occupation.enrolment");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return showPage(code, form, errors, user, locale, model);
        }
        institutions.saveOccupation(code, new Occupation(form.code(), form.name(), OccupationLevel.valueOf(form.level()),
                scale, enrolment));
        flash.addFlashAttribute("message", "institution.occupation.saved");
        return "redirect:/institutions/" + code + "#occupations";
    }

    @PostMapping("/institutions/{code}/occupations/{occupationCode}/{level}/delete")
    String removeOccupation(@PathVariable String code, @PathVariable String occupationCode,
                            @PathVariable OccupationLevel level, RedirectAttributes flash) {
        boolean removed = institutions.removeOccupation(code, occupationCode, level);
        flash.addFlashAttribute(removed ? "message" : "error",
                removed ? "institution.occupation.removed" : "institution.error.occupation.notFound");
        return "redirect:/institutions/" + code + "#occupations";
    }

    private static Integer number(String text, int minimum) {
        try {
            int value = Integer.parseInt(text);
            return value >= minimum && value <= 100_000 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String showPage(String code, OccupationForm occupationForm, Map<String, String> errors,
                            Authentication user, Locale locale, Model model) {
        InstitutionSummary institution = visible(code, user);
        model.addAttribute("occupationForm", occupationForm);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", OccupationLevel.values());
        LocalDate today = LocalDate.now(clock);
        boolean staff = !isInstitutionUserOnly(user);
        model.addAttribute("institution", institution);
        model.addAttribute("establishedOn", DateFormats.date(institution.establishedOn()));
        model.addAttribute("lastInspected", DateFormats.date(institution.lastInspectedOn()));
        model.addAttribute("occupations", institutions.occupations(code).stream()
                .map(o -> new OccupationView(o, Math.round(o.percentOverScale()), o.percentOverScale() > 10)).toList());
        model.addAttribute("members", institutions.members(code));
        model.addAttribute("staff", staff);
        model.addAttribute("canEdit", canEdit(user));
        if (staff) {
            RiskAssessment assessment = risks.assess(institution);
            model.addAttribute("risk", view(assessment, locale));
            model.addAttribute("reports", punctuality.reports(code).stream()
                    .map(r -> new ReportView(r, DateFormats.date(r.dueOn()), DateFormats.date(r.submittedOn()),
                            r.late(today))).toList());
            model.addAttribute("complaints", institutions.complaints(code));
        }
        if (canEdit(user)) {
            Map<String, String> candidates = new LinkedHashMap<>(officers.inGroup(Roles.INSTITUTION));
            institutions.membersOf(code).forEach(candidates::remove);
            model.addAttribute("accounts", candidates);
        }
        return "institution/show";
    }

    @GetMapping("/institutions/new")
    String newInstitution(Model model) {
        return form(InstitutionForm.empty(), Map.of(), true, model);
    }

    @PostMapping("/institutions")
    String create(@ModelAttribute InstitutionForm input, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        InstitutionForm form = input.normalised();
        Map<String, String> errors = new LinkedHashMap<>(form.errors(LocalDate.now(clock)));
        if (!errors.containsKey("code") && institutions.byCode(form.code()).isPresent()) {
            errors.put("code", "institution.error.code.taken");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(form, errors, true, model);
        }
        institutions.create(form.toSummary(null));
        flash.addFlashAttribute("message", "institution.created");
        return "redirect:/institutions/" + form.code();
    }

    @GetMapping("/institutions/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        InstitutionSummary institution = institutions.byCode(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return form(InstitutionForm.of(institution), Map.of(), false, model);
    }

    @PostMapping("/institutions/{code}")
    String update(@PathVariable String code, @ModelAttribute InstitutionForm input, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        InstitutionSummary existing = institutions.byCode(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        InstitutionForm typed = input.normalised();
        InstitutionForm form = new InstitutionForm(existing.code(), typed.name(), typed.type(), typed.address(),
                typed.district(), typed.phone(), typed.email(), typed.establishedOn(), typed.principal());
        Map<String, String> errors = form.errors(LocalDate.now(clock));
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(form, errors, false, model);
        }
        institutions.update(form.toSummary(existing.lastInspectedOn()));
        flash.addFlashAttribute("message", "institution.saved");
        return "redirect:/institutions/" + code;
    }

    @PostMapping("/institutions/{code}/members")
    String link(@PathVariable String code, @RequestParam(defaultValue = "") String username,
                @RequestParam(defaultValue = "") String position, RedirectAttributes flash) {
        institutions.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String account = username.strip();
        String error = null;
        if (account.isEmpty()) {
            error = "institution.error.member.required";
        } else if (!officers.inGroup(Roles.INSTITUTION).containsKey(account)) {
            error = "institution.error.member.notInstitution";
        } else if (institutions.ofUser(account).filter(i -> !i.code().equals(code)).isPresent()) {
            error = "institution.error.member.elsewhere";
        } else if (position.strip().length() > 120) {
            error = "institution.error.tooLong";
        }
        if (error != null) {
            flash.addFlashAttribute("error", error);
            return "redirect:/institutions/" + code + "#members";
        }
        institutions.link(account, code, position.isBlank() ? null : position.strip());
        flash.addFlashAttribute("message", "institution.member.linked");
        return "redirect:/institutions/" + code + "#members";
    }

    @PostMapping("/institutions/{code}/members/{username}/delete")
    String unlink(@PathVariable String code, @PathVariable String username, RedirectAttributes flash) {
        boolean removed = institutions.unlink(username, code);
        flash.addFlashAttribute(removed ? "message" : "error",
                removed ? "institution.member.unlinked" : "institution.error.member.notLinked");
        return "redirect:/institutions/" + code + "#members";
    }

    private String form(InstitutionForm form, Map<String, String> errors, boolean creating, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("creating", creating);
        model.addAttribute("types", InstitutionType.values());
        return "institution/form";
    }

    /** The institution, if this user may see it; 404 otherwise (an institution user sees only its own). */
    private InstitutionSummary visible(String code, Authentication user) {
        Optional<InstitutionSummary> institution = institutions.byCode(code);
        if (isInstitutionUserOnly(user)) {
            institution = institution.filter(i -> institutions.ofUser(user.getName())
                    .map(own -> own.code().equals(i.code())).orElse(false));
        }
        return institution.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    RiskView view(RiskAssessment assessment, Locale locale) {
        Object[] arguments = assessment.facts().arguments();
        return new RiskView(assessment.score(), assessment.level(), assessment.reasons().stream()
                .map(r -> messages.getMessage(r.messageKey(), arguments, r.messageKey(), locale)).toList());
    }

    /** An institution's staff without any officer role: sees its own institution only. */
    static boolean isInstitutionUserOnly(Authentication user) {
        List<String> roles = UserGroups.of(user);
        return roles.contains(Roles.INSTITUTION) && roles.stream().noneMatch(List.of(Roles.INSPECTOR, Roles.LEADER,
                Roles.SUPERVISOR, Roles.ADMIN)::contains);
    }

    private static boolean canEdit(Authentication user) {
        List<String> roles = UserGroups.of(user);
        return roles.contains(Roles.INSPECTOR) || roles.contains(Roles.ADMIN);
    }
}
