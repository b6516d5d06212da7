package vn.vetflow.inspectionplan;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.identity.Roles;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.institution.RiskAssessment;
import vn.vetflow.institution.RiskHints;
import vn.vetflow.shared.DateFormats;

/**
 * The plan pages: the years ({@code /inspection-plans}), and a year's plan with its items, the candidates
 * by risk score, the inspectors' add/remove/submit and the leader's approve/return. Who may post what is
 * fixed in SecurityConfiguration; these methods only check the plan's state through {@link InspectionPlans}.
 */
@Controller
class PlanPages {

    private final InspectionPlans plans;
    private final RiskHints risks;
    private final MessageSource messages;
    private final Clock clock;

    PlanPages(InspectionPlans plans, RiskHints risks, MessageSource messages, Clock clock) {
        this.plans = plans;
        this.risks = risks;
        this.messages = messages;
        this.clock = clock;
    }

    record PlanRow(Plan plan, int items, String deadline) {
    }

    record Candidate(String code, String name, int score, String level, List<String> reasons) {
    }

    /** What an inspector typed to add an item, kept when shown again with errors. */
    record ItemForm(String institution, List<String> topics, String quarter, String note) {
    }

    @GetMapping("/inspection-plans")
    String list(Authentication user, Model model) {
        return listPage(user, String.valueOf(LocalDate.now(clock).getYear() + 1), Map.of(), model);
    }

    @PostMapping("/inspection-plans")
    String create(@RequestParam(defaultValue = "") String year, Authentication user, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        int thisYear = LocalDate.now(clock).getYear();
        Integer parsed = null;
        try {
            parsed = Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        String error = null;
        if (parsed == null || parsed < thisYear || parsed > thisYear + 2) {
            error = "inspectionplan.error.year";
        } else if (plans.plan(parsed).isPresent()) {
            error = "inspectionplan.error.exists";
        }
        if (error != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return listPage(user, year.strip(), Map.of("year", error), model);
        }
        plans.create(parsed, user.getName());
        flash.addFlashAttribute("message", "inspectionplan.created");
        return "redirect:/inspection-plans/" + parsed;
    }

    @GetMapping("/inspection-plans/{year}")
    String show(@PathVariable int year, @RequestParam(defaultValue = "") String institution, Authentication user,
                Locale locale, Model model) {
        return planPage(year, new ItemForm(institution, List.of(), "", ""), Map.of(), user, locale, model);
    }

    @PostMapping("/inspection-plans/{year}/items")
    String addItem(@PathVariable int year, @RequestParam(defaultValue = "") String institution,
                   @RequestParam(required = false) List<String> topics, @RequestParam(defaultValue = "") String quarter,
                   @RequestParam(defaultValue = "") String note, Authentication user, Locale locale, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        ItemForm form = new ItemForm(institution.strip(), topics == null ? List.of() : topics, quarter.strip(),
                note.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.institution().isEmpty()) {
            errors.put("institution", "inspectionplan.error.institution");
        }
        if (form.topics().isEmpty() || !form.topics().stream().allMatch(PlanTopic::isCode)) {
            errors.put("topics", "inspectionplan.error.topics");
        }
        int q = switch (form.quarter()) {
            case "1", "2", "3", "4" -> Integer.parseInt(form.quarter());
            default -> 0;
        };
        if (q == 0) {
            errors.put("quarter", "inspectionplan.error.quarter");
        }
        if (form.note().length() > 1000) {
            errors.put("note", "inspectionplan.error.note");
        }
        if (errors.isEmpty()) {
            try {
                plans.addItem(year, form.institution(), form.topics(), q, form.note(), user.getName());
                flash.addFlashAttribute("message", "inspectionplan.item.added");
                return "redirect:/inspection-plans/" + year;
            } catch (PlanException e) {
                String field = switch (e.messageKey()) {
                    case "inspectionplan.error.institution", "inspectionplan.error.duplicate" -> "institution";
                    case "inspectionplan.error.topics" -> "topics";
                    case "inspectionplan.error.quarter" -> "quarter";
                    default -> null;
                };
                if (field == null) {
                    flash.addFlashAttribute("error", e.messageKey());
                    return "redirect:/inspection-plans/" + year;
                }
                errors.put(field, e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return planPage(year, form, errors, user, locale, model);
    }

    @PostMapping("/inspection-plans/{year}/items/{id}/delete")
    String removeItem(@PathVariable int year, @PathVariable long id, RedirectAttributes flash) {
        return act(year, flash, "inspectionplan.item.removed", () -> plans.removeItem(year, id));
    }

    @PostMapping("/inspection-plans/{year}/submit")
    String submit(@PathVariable int year, Authentication user, RedirectAttributes flash) {
        return act(year, flash, "inspectionplan.submitted", () -> plans.submit(year, user.getName()));
    }

    @PostMapping("/inspection-plans/{year}/approve")
    String approve(@PathVariable int year, Authentication user, RedirectAttributes flash) {
        return act(year, flash, "inspectionplan.approved", () -> plans.approve(year, user.getName()));
    }

    @PostMapping("/inspection-plans/{year}/return")
    String returnPlan(@PathVariable int year, @RequestParam(defaultValue = "") String comment, Authentication user,
                      Locale locale, Model model, HttpServletResponse response, RedirectAttributes flash) {
        if (comment.isBlank() || comment.strip().length() > 2000) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("comment", comment);
            return planPage(year, new ItemForm("", List.of(), "", ""),
                    Map.of("comment", comment.isBlank() ? "inspectionplan.error.comment" : "inspectionplan.error.note"),
                    user, locale, model);
        }
        return act(year, flash, "inspectionplan.returned", () -> plans.returnToDraft(year, user.getName(), comment));
    }

    private String act(int year, RedirectAttributes flash, String success, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", success);
        } catch (PlanException e) {
            flash.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/inspection-plans/" + year;
    }

    private String listPage(Authentication user, String year, Map<String, String> errors, Model model) {
        model.addAttribute("plans", plans.plans().stream().map(p -> new PlanRow(p, plans.items(p.year()).size(),
                DateFormats.date(InspectionPlans.draftDeadline(p.year())))).toList());
        model.addAttribute("year", year);
        model.addAttribute("errors", errors);
        model.addAttribute("inspector", UserGroups.of(user).contains(Roles.INSPECTOR));
        return "inspectionplan/list";
    }

    private String planPage(int year, ItemForm form, Map<String, String> errors, Authentication user, Locale locale,
                            Model model) {
        Plan plan = plans.plan(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<PlanItem> items = plans.items(year);
        List<String> roles = UserGroups.of(user);
        boolean inspector = roles.contains(Roles.INSPECTOR);
        LocalDate deadline = InspectionPlans.draftDeadline(year);
        model.addAttribute("plan", plan);
        // as text: a message argument that is a number would be grouped (2.026)
        model.addAttribute("yearText", String.valueOf(year));
        model.addAttribute("items", items);
        model.addAttribute("deadline", DateFormats.date(deadline));
        model.addAttribute("deadlinePassed", plan.status().editable() && LocalDate.now(clock).isAfter(deadline));
        model.addAttribute("submittedAt", DateFormats.dateTime(plan.submittedAt()));
        model.addAttribute("decidedAt", DateFormats.dateTime(plan.decidedAt()));
        model.addAttribute("canDraft", inspector && plan.status().editable());
        model.addAttribute("canDecide", roles.contains(Roles.LEADER) && plan.status() == PlanStatus.SUBMITTED);
        model.addAttribute("topics", PlanTopic.codes());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("comment")) {
            model.addAttribute("comment", "");
        }
        if (plan.status() != PlanStatus.APPROVED) {
            Set<String> planned = items.stream().map(PlanItem::institutionCode).collect(Collectors.toSet());
            List<Candidate> candidates = risks.all().stream()
                    .filter(a -> !planned.contains(a.institution().code()))
                    .map(a -> candidate(a, locale)).toList();
            model.addAttribute("candidates", candidates);
        } else {
            model.addAttribute("candidates", List.of());
        }
        return "inspectionplan/plan";
    }

    private Candidate candidate(RiskAssessment assessment, Locale locale) {
        Object[] arguments = assessment.facts().arguments();
        return new Candidate(assessment.institution().code(), assessment.institution().name(), assessment.score(),
                assessment.level(), assessment.reasons().stream()
                        .map(r -> messages.getMessage(r.messageKey(), arguments, r.messageKey(), locale)).toList());
    }
}
