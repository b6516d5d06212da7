package vn.vetflow.inspection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.audit.AuditAction;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.Institutions;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;
import vn.vetflow.tasks.TaskForbiddenException;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.tasks.WorkTask;

/**
 * The institution's side, in the applicant portal: its inspections, the documents sent to it, and its
 * tasks (self-assessment with evidence, acknowledging the minutes, remediation reports). Only staff
 * accounts of that institution (Institutions.ofUser) see an inspection.
 */
@Controller
class InstitutionInspectionPages {

    private final Inspections inspections;
    private final InspectionViews views;
    private final Institutions institutions;
    private final AuditTrail audit;
    private final TaskWork taskWork;
    private final FormRegistry forms;

    InstitutionInspectionPages(Inspections inspections, InspectionViews views, Institutions institutions,
                               AuditTrail audit, TaskWork taskWork, FormRegistry forms) {
        this.taskWork = taskWork;
        this.forms = forms;
        this.inspections = inspections;
        this.views = views;
        this.institutions = institutions;
        this.audit = audit;
    }

    @GetMapping("/my/inspections")
    String list(Authentication user, Model model) {
        InstitutionSummary institution = institution(user);
        model.addAttribute("institution", institution);
        model.addAttribute("inspections", inspections.ofInstitution(institution.code()));
        model.addAttribute("tasks", tasks(user, institution));
        return "inspection/my-list";
    }

    @GetMapping("/my/inspections/{code}")
    String inspection(@PathVariable String code, Authentication user, Model model) {
        Inspection inspection = own(user, code);
        model.addAttribute("file", views.file(inspection, false));
        model.addAttribute("tasks", tasks(user, institution(user)).stream()
                .filter(t -> t.code().equals(code)).toList());
        return "inspection/my-inspection";
    }

    @GetMapping("/my/inspections/{code}/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long id, Authentication user) {
        own(user, code);
        boolean shared = inspections.documents(code).stream()
                .anyMatch(d -> d.id() == id && InspectionViews.SHARED_DOCUMENTS.contains(d.type()));
        if (!shared) {
            throw new InspectionNotFoundException(code);
        }
        byte[] pdf = inspections.pdf(code, id).orElseThrow(() -> new InspectionNotFoundException(code));
        audit.record(AuditAction.DOCUMENT_DOWNLOADED, code, "inspection document " + id);
        return InspectionPages.pdf(pdf, code + "-" + id + ".pdf");
    }

    @GetMapping("/my/inspections/{code}/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long id, Authentication user) {
        own(user, code);
        if (inspections.files(code).stream().noneMatch(f -> f.id() == id && !"CHECK_EVIDENCE".equals(f.purpose()))) {
            throw new InspectionNotFoundException(code);
        }
        return InspectionPages.file(inspections, audit, code, id);
    }

    @GetMapping("/my/inspections/tasks/{taskId}")
    String task(@PathVariable String taskId, Authentication user, Model model) {
        WorkTask task = taskWork.workable(taskId, user.getName(), UserGroups.of(user));
        own(user, task.businessKey());
        return page(task, Map.of(), List.of(), model);
    }

    @PostMapping("/my/inspections/tasks/{taskId}")
    String complete(@PathVariable String taskId,
                    @RequestParam(value = "files", required = false) List<MultipartFile> files, Authentication user,
                    HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        StepRequests.Read sent = new StepRequests.Read(forms, request, files, inspections.checklist());
        WorkTask task;
        try {
            // Another institution's step is refused inside the door's transaction, before anything is read.
            task = taskWork.complete(taskId, user.getName(), UserGroups.of(user), found -> {
                own(user, found.businessKey());
                return sent.of(found);
            });
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(sent.task(), sent.input().values(), e.violations(), model);
        }
        audit.record(AuditAction.TASK_COMPLETED, task.businessKey(), task.name());
        flash.addFlashAttribute("flash", "inspection.flash.sent");
        return "redirect:/my/inspections/" + task.businessKey();
    }

    private String page(WorkTask task, Map<String, ?> values, List<Violation> violations, Model model) {
        Inspection inspection = inspections.get(task.businessKey());
        model.addAttribute("file", views.file(inspection, false));
        model.addAttribute("task", views.task(task));
        model.addAttribute("schema", forms.get(task.formKey()));
        model.addAttribute("values", new HashMap<String, Object>(values));
        model.addAttribute("violations", violations);
        model.addAttribute("uploads", "Task_SelfAssessment".equals(task.stepKey())
                || "Task_ReportRemediation".equals(task.stepKey()));
        return "inspection/my-task";
    }

    record MyTask(String id, String name, String code, String due) {
    }

    private List<MyTask> tasks(Authentication user, InstitutionSummary institution) {
        return taskWork.offeredByName(user.getName(), InspectionProcess.KEY).stream()
                .map(t -> new MyTask(t.id(), t.name(), t.businessKey(), views.task(t).due()))
                .filter(t -> inspections.find(t.code()).map(i -> i.institutionCode().equals(institution.code()))
                        .orElse(false))
                .toList();
    }

    private InstitutionSummary institution(Authentication user) {
        return institutions.ofUser(user.getName()).orElseThrow(() -> new TaskForbiddenException("portal"));
    }

    private Inspection own(Authentication user, String code) {
        InstitutionSummary institution = institution(user);
        Inspection inspection = inspections.find(code).orElseThrow(() -> new InspectionNotFoundException(code));
        if (!inspection.institutionCode().equals(institution.code())) {
            // Another institution's inspection: as if it did not exist.
            throw new InspectionNotFoundException(code);
        }
        return inspection;
    }
}
