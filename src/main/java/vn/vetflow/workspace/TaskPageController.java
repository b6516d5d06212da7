package vn.vetflow.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.audit.AuditAction;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.forms.FormSchema;
import vn.vetflow.forms.SentValues;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;
import vn.vetflow.tasks.TaskConflictException;
import vn.vetflow.tasks.TaskForbiddenException;
import vn.vetflow.tasks.TaskGoneException;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.tasks.WorkTask;

/**
 * The task page: the whole case file in view, the step's form, claim and decide, all through the task door
 * ({@link TaskWork}), which decides who may work a task; a task somebody else finished shows "already handled".
 */
@Controller
class TaskPageController {

    /** The newest lines of the audit trail shown on the page. */
    private static final int AUDIT_LINES = 50;

    private final TaskWork work;
    private final DossierService dossiers;
    private final FormRegistry forms;
    private final CaseFiles caseFiles;
    private final AuditTrail auditTrail;

    private final AuditSentences auditSentences;

    TaskPageController(TaskWork work, DossierService dossiers, FormRegistry forms,
                       CaseFiles caseFiles, AuditTrail auditTrail, AuditSentences auditSentences) {
        this.auditTrail = auditTrail;
        this.auditSentences = auditSentences;
        this.work = work;
        this.dossiers = dossiers;
        this.forms = forms;
        this.caseFiles = caseFiles;
    }

    @GetMapping("/workspace/tasks/{taskId}")
    String task(@PathVariable String taskId, @RequestParam(required = false) Long preview, Authentication user,
                Model model, Locale locale) {
        WorkTask task = work.workable(taskId, user.getName(), UserGroups.of(user));
        // Opening the case shows the applicant's personal data: that read is part of the trail.
        auditTrail.record(AuditAction.DOSSIER_READ, task.businessKey(), "task page " + taskId);
        return page(task, user, Map.of(), List.of(), preview, model, locale);
    }

    @PostMapping("/workspace/tasks/{taskId}")
    String complete(@PathVariable String taskId, @RequestParam(required = false) String dossierCode,
                    Authentication user, HttpServletRequest request, Model model, Locale locale,
                    HttpServletResponse response, RedirectAttributes flash) {
        // The door checks who may work the task once, then reads the form typed by the step's schema.
        AtomicReference<WorkTask> found = new AtomicReference<>();
        AtomicReference<Map<String, Object>> typed = new AtomicReference<>(Map.of());
        try {
            work.complete(taskId, user.getName(), UserGroups.of(user), task -> {
                found.set(task);
                typed.set(SentValues.of(schema(task), request::getParameterValues));
                return new TaskWork.Sent(typed.get(), null);
            });
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(found.get(), user, typed.get(), e.violations(), null, model, locale);
        } catch (TaskConflictException | TaskGoneException e) {
            return handled(found.get() == null ? dossierCode : found.get().businessKey(), model, response);
        }
        flash.addFlashAttribute("flash", "casefile.flash.completed");
        return "redirect:/workspace";
    }

    @PostMapping("/workspace/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @RequestParam(required = false) String dossierCode, Authentication user,
                 Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            work.claim(taskId, user.getName(), UserGroups.of(user));
        } catch (TaskConflictException | TaskGoneException e) {
            return handled(dossierCode, model, response);
        }
        flash.addFlashAttribute("flash", "casefile.flash.claimed");
        return "redirect:/workspace/tasks/" + taskId;
    }

    @ExceptionHandler(TaskForbiddenException.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "workspace/task-forbidden";
    }

    /** Opening a task that is no longer there (completed by somebody, possibly a moment ago). */
    @ExceptionHandler({TaskGoneException.class, TaskConflictException.class})
    String gone(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "workspace/task-gone";
    }

    /** Somebody else finished the task: say so, with the dossier's status now when we know the dossier. */
    private String handled(String dossierCode, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", true);
        if (dossierCode != null) {
            dossiers.find(dossierCode).ifPresent(d -> {
                model.addAttribute("dossierCode", d.getCode());
                model.addAttribute("statusKey", "dossier.status." + d.getStatus().name());
            });
        }
        return "workspace/task-gone";
    }

    private String page(WorkTask task, Authentication user, Map<String, ?> values, List<Violation> violations,
                        Long preview, Model model, Locale locale) {
        Dossier dossier = dossiers.get(task.businessKey());
        CaseFile caseFile = caseFiles.of(dossier, locale);
        // Only the attachment the officer chose is previewed: the browser fetches (and the trail records) just that.
        caseFile.attachments().stream().filter(a -> a.id().equals(preview)).findFirst()
                .ifPresent(a -> model.addAttribute("preview", a));
        model.addAttribute("task", new TaskView(task.id(), task.name(), task.assignee(),
                task.assignee() == null, user.getName().equals(task.assignee())));
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("schema", schema(task));
        Map<String, Object> shown = new HashMap<String, Object>(values);
        if (values.isEmpty()) {
            shown.putAll(prefilled(task, dossier));
        }
        model.addAttribute("values", shown);
        model.addAttribute("violations", violations);
        // Full names and sentences in the page's language, without the trail's internal ids (issue 14).
        model.addAttribute("audit", auditTrail.ofDossier(dossier.getCode()).stream().limit(AUDIT_LINES)
                .map(event -> auditSentences.line(event, dossier, caseFile, locale)).toList());
        return "workspace/task";
    }

    /**
     * What the system already knows for a step's form: the "Trình Chủ tịch" step gets the number of the
     * submission (Tờ trình) the system issued when the leader approved; the officer changes it only when
     * the submission went out under another number.
     */
    private Map<String, Object> prefilled(WorkTask task, Dossier dossier) {
        if (!"Task_SubmitToChairman".equals(task.stepKey())) {
            return Map.of();
        }
        return dossiers.documents(dossier).stream().filter(d -> "SUBMISSION".equals(d.type()))
                .max(java.util.Comparator.comparing(vn.vetflow.dossier.DocumentSummary::createdAt)
                        .thenComparing(vn.vetflow.dossier.DocumentSummary::id))
                .<Map<String, Object>>map(d -> Map.of("submissionNumber", d.number())).orElse(Map.of());
    }

    private FormSchema schema(WorkTask task) {
        return forms.get(task.formKey());
    }

    /** One line of the case's audit trail as the page shows it: {@code sentence} already in the page's language. */
    record AuditLine(String at, String who, String action, String sentence, String address) {
    }

    /** The task as the page shows it. */
    record TaskView(String id, String name, String assignee, boolean unassigned, boolean mine) {
    }
}
