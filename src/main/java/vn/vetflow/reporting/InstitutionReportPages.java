package vn.vetflow.reporting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.forms.FormSchema;
import vn.vetflow.forms.SentValues;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.Institutions;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;
import vn.vetflow.tasks.TaskForbiddenException;
import vn.vetflow.tasks.TaskWork;

/**
 * The institution's side: its reports of every round, filling one (saved as a draft or submitted through the
 * task door with its evidence), the Department's comments. Only staff accounts linked to the institution see
 * its reports; another institution's report answers 404, as if it did not exist.
 */
@Controller
class InstitutionReportPages {

    static final String FORM = "reporting-vet-statistics";

    private final ReportingRounds rounds;
    private final ReportViews views;
    private final Institutions institutions;
    private final TaskWork taskWork;
    private final FormRegistry forms;

    InstitutionReportPages(ReportingRounds rounds, ReportViews views, Institutions institutions, TaskWork taskWork,
                           FormRegistry forms) {
        this.rounds = rounds;
        this.views = views;
        this.institutions = institutions;
        this.taskWork = taskWork;
        this.forms = forms;
    }

    @GetMapping("/my/reports")
    String list(Authentication user, Model model) {
        InstitutionSummary institution = institution(user);
        model.addAttribute("institution", institution);
        model.addAttribute("reports", rounds.reportsOfInstitution(institution.code()).stream().map(views::reportRow)
                .toList());
        return "reporting/my-reports";
    }

    @GetMapping("/my/reports/{id}")
    String report(@PathVariable long id, Authentication user, Model model) {
        return page(own(user, id), null, List.of(), model);
    }

    @GetMapping("/my/reports/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId, Authentication user) {
        return ReportFiles.download(rounds, own(user, id), fileId);
    }

    @PostMapping("/my/reports/{id}")
    String send(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
                @RequestParam(value = "files", required = false) List<MultipartFile> files, Authentication user,
                HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        Report report = own(user, id);
        FormSchema schema = forms.get(FORM);
        Map<String, Object> values = SentValues.of(schema, request::getParameterValues);
        Map<String, String> cells = cells(request);
        List<ReportInput.Upload> uploads = ReportFiles.uploads(files);
        try {
            if ("submit".equals(action)) {
                String taskId = rounds.openTask(report, ReportingProcess.FILL)
                        .orElseThrow(() -> new InvalidRequestException(Violation.of("report", "reporting.error.notEditable")));
                taskWork.complete(taskId, user.getName(), UserGroups.of(user), values, new ReportInput(cells, uploads));
                flash.addFlashAttribute("flash", "reporting.flash.submitted");
            } else {
                Map<String, Object> sent = new HashMap<>(values);
                sent.putAll(cells);
                rounds.saveDraft(report.id(), user.getName(), sent, uploads);
                flash.addFlashAttribute("flash", "reporting.flash.saved");
            }
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            Map<String, String> typed = new LinkedHashMap<>(cells);
            for (String key : rounds.template().figures().stream().map(ReportTemplate.Figure::key).toList()) {
                String[] raw = request.getParameterValues("f." + key);
                typed.put(key, raw == null ? "" : raw[0]);
            }
            return page(report, typed, e.violations(), model);
        }
        return "redirect:/my/reports/" + id;
    }

    private String page(Report report, Map<String, String> typed, List<Violation> violations, Model model) {
        Round round = rounds.round(report.roundId()).orElseThrow();
        model.addAttribute("round", views.row(round));
        model.addAttribute("report", views.reportRow(report));
        model.addAttribute("figures", views.figures(report, typed, false));
        model.addAttribute("tables", views.tables(report, typed, false));
        model.addAttribute("tableKeys", rounds.template().tables().stream().map(ReportTemplate.Table::key).toList());
        model.addAttribute("files", rounds.files(report.id()));
        model.addAttribute("reviews", views.reviews(report));
        model.addAttribute("violations", violations);
        model.addAttribute("editable", report.editable() && rounds.openTask(report, ReportingProcess.FILL).isPresent());
        return "reporting/my-report";
    }

    /** The table cells the page sent: parameters {@code t.<table>.<LEVEL|occupation>}. */
    private static Map<String, String> cells(HttpServletRequest request) {
        Map<String, String> cells = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("t.") && values.length > 0) {
                cells.put(name, values[0]);
            }
        });
        return cells;
    }

    private InstitutionSummary institution(Authentication user) {
        return institutions.ofUser(user.getName()).orElseThrow(() -> new TaskForbiddenException("reports"));
    }

    private Report own(Authentication user, long id) {
        InstitutionSummary institution = institution(user);
        return rounds.report(id).filter(r -> r.institutionCode().equals(institution.code()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
