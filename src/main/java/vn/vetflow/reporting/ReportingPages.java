package vn.vetflow.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import vn.vetflow.shared.DateFormats;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;
import vn.vetflow.tasks.TaskWork;

/**
 * The Department's side: rounds with each institution's status, opening a round (leaders and administrators),
 * a report's review page (figures, flags against the previous accepted report, evidence, comment history) and
 * the decision through the task door (specialists and leaders of the unit serving the process).
 */
@Controller
class ReportingPages {

    private final ReportingRounds rounds;
    private final ReportViews views;
    private final TaskWork taskWork;
    private final ProvinceClock clock;

    ReportingPages(ReportingRounds rounds, ReportViews views, TaskWork taskWork, ProvinceClock clock) {
        this.rounds = rounds;
        this.views = views;
        this.taskWork = taskWork;
        this.clock = clock;
    }

    /** Leaders and administrators open rounds. */
    static boolean mayOpen(List<String> groups) {
        return groups.contains(Roles.LEADER) || groups.contains(Roles.ADMIN);
    }

    @GetMapping("/reporting")
    String rounds(Authentication user, Model model) {
        return list(user, Map.of("kind", "YEAR", "year", String.valueOf(clock.today().getYear())), List.of(), model);
    }

    private String list(Authentication user, Map<String, String> typed, List<Violation> violations, Model model) {
        model.addAttribute("rounds", rounds.rounds().stream().map(views::row).toList());
        model.addAttribute("mayOpen", mayOpen(UserGroups.of(user)));
        model.addAttribute("kinds", RoundRules.RoundKind.values());
        model.addAttribute("typed", typed);
        model.addAttribute("violations", violations);
        return "reporting/rounds";
    }

    @PostMapping("/reporting/rounds")
    String open(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String year,
                @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                @RequestParam(defaultValue = "") String dueOn, Authentication user, HttpServletResponse response,
                Model model, RedirectAttributes flash) {
        if (!mayOpen(UserGroups.of(user))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Map<String, String> typed = new HashMap<>(Map.of("kind", kind, "year", year, "from", from, "to", to,
                "dueOn", dueOn));
        try {
            RoundRules.RoundKind roundKind = kind.isBlank() ? null : RoundRules.RoundKind.valueOf(kind);
            String code = rounds.open(new OpenRound(roundKind, number(year), date(from, "from"), date(to, "to"),
                    date(dueOn, "dueOn")), user.getName());
            flash.addFlashAttribute("flash", "reporting.flash.opened");
            return "redirect:/reporting/rounds/" + code;
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return list(user, typed, List.of(Violation.of("kind", "reporting.error.required")), model);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return list(user, typed, e.violations(), model);
        }
    }

    @GetMapping("/reporting/rounds/{code}")
    String round(@PathVariable String code, Model model) {
        Round round = rounds.round(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("round", views.row(round));
        model.addAttribute("reports", rounds.reports(round).stream().map(views::reportRow)
                .sorted(java.util.Comparator.comparing(ReportViews.ReportRow::institutionName,
                        java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")))).toList());
        return "reporting/round";
    }

    /** A review task from the officers' work list: its report's page. */
    @GetMapping("/reporting/tasks/{taskId}")
    String task(@PathVariable String taskId) {
        return "redirect:/reporting/reports/" + rounds.reportOfTask(taskId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).id();
    }

    @GetMapping("/reporting/reports/{id}")
    String report(@PathVariable long id, Authentication user, Model model) {
        return page(report(id), user, Map.of(), List.of(), model);
    }

    @GetMapping("/reporting/reports/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        return ReportFiles.download(rounds, report(id), fileId);
    }

    @PostMapping("/reporting/reports/{id}/review")
    String review(@PathVariable long id, @RequestParam(defaultValue = "") String reviewDecision,
                  @RequestParam(defaultValue = "") String reviewComment, Authentication user,
                  HttpServletResponse response, Model model, RedirectAttributes flash) {
        Report report = report(id);
        Map<String, Object> values = new HashMap<>();
        if (!reviewDecision.isBlank()) {
            values.put(ReportingStepHandler.DECISION, reviewDecision);
        }
        if (!reviewComment.isBlank()) {
            values.put(ReportingStepHandler.COMMENT, reviewComment);
        }
        try {
            String taskId = rounds.openTask(report, ReportingProcess.REVIEW)
                    .orElseThrow(() -> new InvalidRequestException(Violation.of("reviewDecision",
                            "reporting.error.notUnderReview")));
            taskWork.complete(taskId, user.getName(), UserGroups.of(user), values);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(report, user, Map.of("reviewDecision", reviewDecision, "reviewComment", reviewComment),
                    e.violations(), model);
        }
        flash.addFlashAttribute("flash", "ACCEPT".equals(reviewDecision) ? "reporting.flash.accepted"
                : "reporting.flash.returned");
        return "redirect:/reporting/rounds/" + report.roundCode();
    }

    private String page(Report report, Authentication user, Map<String, String> typed, List<Violation> violations,
                        Model model) {
        Round round = rounds.round(report.roundId()).orElseThrow();
        model.addAttribute("round", views.row(round));
        model.addAttribute("report", views.reportRow(report));
        model.addAttribute("figures", views.figures(report, null, true));
        model.addAttribute("tables", views.tables(report, null, true));
        model.addAttribute("tableKeys", rounds.template().tables().stream().map(ReportTemplate.Table::key).toList());
        model.addAttribute("previous", rounds.previousAccepted(report).map(Report::roundCode).orElse(null));
        model.addAttribute("files", rounds.files(report.id()));
        model.addAttribute("reviews", views.reviews(report));
        model.addAttribute("typed", typed);
        model.addAttribute("violations", violations);
        String reviewTask = rounds.openTask(report, ReportingProcess.REVIEW).orElse(null);
        model.addAttribute("mayReview", reviewTask != null
                && taskWork.workableIn(report.roundCode(), user.getName(), UserGroups.of(user)).contains(reviewTask));
        return "reporting/review";
    }

    private Report report(long id) {
        return rounds.report(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Integer number(String text) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(Violation.of("year", "reporting.error.year"));
        }
    }

    private static LocalDate date(String text, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return DateFormats.parse(text.trim());
        } catch (RuntimeException e) {
            throw new InvalidRequestException(Violation.of(field, "reporting.error.date"));
        }
    }
}
