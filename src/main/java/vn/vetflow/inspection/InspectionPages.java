package vn.vetflow.inspection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.audit.AuditAction;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.identity.Roles;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.institution.Institutions;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;
import vn.vetflow.tasks.TaskForbiddenException;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.tasks.WorkTask;

/**
 * The inspectors' and leaders' pages in the workspace: the list of inspections, starting one, the
 * inspection file, its documents, and the task page of each step.
 */
@Controller
class InspectionPages {

    private final Inspections inspections;
    private final InspectionViews views;
    private final Institutions institutions;
    private final AuditTrail audit;
    private final PlanItems planItems;
    private final TaskWork taskWork;
    private final FormRegistry forms;

    InspectionPages(Inspections inspections, InspectionViews views, Institutions institutions, AuditTrail audit,
                    PlanItems planItems, TaskWork taskWork, FormRegistry forms) {
        this.taskWork = taskWork;
        this.forms = forms;
        this.inspections = inspections;
        this.views = views;
        this.institutions = institutions;
        this.audit = audit;
        this.planItems = planItems;
    }

    @GetMapping("/workspace/inspections")
    String list(Authentication user, Model model) {
        requireFiles(user);
        model.addAttribute("inspections", inspections.all().stream().filter(i -> !i.paper()).toList());
        model.addAttribute("institutions", institutions.all());
        model.addAttribute("planItems", planItems.startable());
        model.addAttribute("mayStart", mayStart(user));
        return "inspection/list";
    }

    @PostMapping("/workspace/inspections")
    String start(@RequestParam(required = false) String institutionCode, @RequestParam(required = false) String subject,
                 Authentication user, RedirectAttributes flash, Model model, HttpServletResponse response) {
        if (!mayStart(user)) {
            throw new TaskForbiddenException("start");
        }
        try {
            String code = inspections.start(institutionCode, subject, "AD_HOC", null, user.getName());
            flash.addFlashAttribute("flash", "inspection.flash.started");
            return "redirect:/workspace/inspections/" + code;
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("violations", e.violations());
            model.addAttribute("subject", subject);
            return list(user, model);
        }
    }

    @PostMapping("/workspace/inspections/plan/{itemId}")
    String startFromPlan(@PathVariable long itemId, Authentication user, RedirectAttributes flash) {
        if (!mayStart(user)) {
            throw new TaskForbiddenException("start");
        }
        String code = planItems.start(itemId, user.getName());
        flash.addFlashAttribute("flash", "inspection.flash.started");
        return "redirect:/workspace/inspections/" + code;
    }

    @GetMapping("/workspace/inspections/{code}")
    String file(@PathVariable String code, Authentication user, Model model) {
        requireFiles(user);
        Inspection inspection = inspections.get(code);
        audit.record(AuditAction.DOSSIER_READ, code, "inspection file");
        model.addAttribute("file", views.file(inspection, true));
        List<String> groups = UserGroups.of(user);
        // Only the steps this user may work are links; the others would answer 403.
        model.addAttribute("workable", taskWork.workableIn(code, user.getName(), groups));
        return "inspection/file";
    }

    @GetMapping("/workspace/inspections/{code}/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long id, Authentication user) {
        requireFiles(user);
        byte[] pdf = inspections.pdf(code, id).orElseThrow(() -> new InspectionNotFoundException(code));
        audit.record(AuditAction.DOCUMENT_DOWNLOADED, code, "inspection document " + id);
        return pdf(pdf, code + "-" + id + ".pdf");
    }

    @GetMapping("/workspace/inspections/{code}/files/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String code, @PathVariable long id, Authentication user) {
        requireFiles(user);
        return file(inspections, audit, code, id);
    }

    @GetMapping("/workspace/inspections/tasks/{taskId}")
    String task(@PathVariable String taskId, Authentication user, Model model) {
        WorkTask task = taskWork.workable(taskId, user.getName(), UserGroups.of(user));
        return page(task, Map.of(), List.of(), model, true);
    }

    @PostMapping("/workspace/inspections/tasks/{taskId}")
    String complete(@PathVariable String taskId, @RequestParam(value = "files", required = false) List<MultipartFile> files,
                    Authentication user, HttpServletRequest request, HttpServletResponse response, Model model,
                    RedirectAttributes flash) {
        StepRequests.Read sent = new StepRequests.Read(forms, request, files, inspections.checklist());
        WorkTask task;
        try {
            task = taskWork.complete(taskId, user.getName(), UserGroups.of(user), sent::of);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("checklistInput", sent.input().checklist());
            model.addAttribute("recommendationInput", sent.input().recommendations());
            return page(sent.task(), sent.input().values(), e.violations(), model, true);
        }
        audit.record(AuditAction.TASK_COMPLETED, task.businessKey(), task.name());
        flash.addFlashAttribute("flash", "inspection.flash.completed");
        return "redirect:/workspace/inspections/" + task.businessKey();
    }

    @PostMapping("/workspace/inspections/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, Authentication user, RedirectAttributes flash) {
        taskWork.claim(taskId, user.getName(), UserGroups.of(user));
        flash.addFlashAttribute("flash", "inspection.flash.claimed");
        return "redirect:/workspace/inspections/tasks/" + taskId;
    }

    private String page(WorkTask task, Map<String, ?> values, List<Violation> violations, Model model,
                        boolean officer) {
        Inspection inspection = inspections.get(task.businessKey());
        model.addAttribute("file", views.file(inspection, officer));
        model.addAttribute("task", views.task(task));
        model.addAttribute("schema", forms.get(task.formKey()));
        model.addAttribute("values", new HashMap<String, Object>(values));
        model.addAttribute("violations", violations);
        model.addAttribute("checklist", inspections.checklist());
        model.addAttribute("areas", Checklists.AREAS);
        model.addAttribute("defaultDue", views.defaultRemediationDue());
        return "inspection/task";
    }

    private void requireFiles(Authentication user) {
        if (!inspections.mayOpenFiles(UserGroups.of(user))) {
            throw new TaskForbiddenException("files");
        }
    }

    private boolean mayStart(Authentication user) {
        List<String> groups = UserGroups.of(user);
        return inspections.mayOpenFiles(groups) && (groups.contains(Roles.INSPECTOR) || groups.contains(Roles.LEADER)
                || groups.contains(Roles.ADMIN));
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    static ResponseEntity<byte[]> file(Inspections inspections, AuditTrail audit, String code, long id) {
        InspectionFile file = inspections.files(code).stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> new InspectionNotFoundException(code));
        byte[] content = inspections.fileContent(code, id).orElseThrow(() -> new InspectionNotFoundException(code));
        audit.record(AuditAction.ATTACHMENT_DOWNLOADED, code, "inspection file " + id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"file-" + id + "\"")
                .header("X-Content-Type-Options", "nosniff").body(content);
    }
}
