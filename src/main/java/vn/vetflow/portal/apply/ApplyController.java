package vn.vetflow.portal.apply;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.accounts.ApplicantAccountNotFoundException;
import vn.vetflow.forms.SentValues;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;

/**
 * The online application, in steps: the procedure's form, the files of each component, a review, submit.
 * Everything typed is kept in a draft, so the applicant can leave and come back; the form is rendered
 * from the same form-js schema Camunda shows and checked on the server against it.
 */
@Controller
class ApplyController {

    private final ApplicationDrafts drafts;

    ApplyController(ApplicationDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/my/apply/{procedureId}")
    String start(@PathVariable String procedureId, Principal user) {
        return "redirect:/my/drafts/" + drafts.openFor(user.getName(), procedureId).getId();
    }

    @GetMapping("/my/drafts")
    String list(Model model, Principal user) {
        model.addAttribute("drafts", drafts.of(user.getName()).stream()
                .map(d -> Map.of("draft", d, "procedure", drafts.version(d))).toList());
        return "apply/drafts";
    }

    @GetMapping("/my/drafts/{id}")
    String form(@PathVariable long id, Model model, Principal user) {
        ApplicationDraft draft = drafts.own(id, user.getName());
        return formPage(draft, draft.getSubject(), drafts.values(draft), List.of(), model);
    }

    @PostMapping("/my/drafts/{id}")
    String saveForm(@PathVariable long id, @RequestParam(required = false) String subject,
                    @RequestParam(defaultValue = "next") String action, HttpServletRequest request,
                    HttpServletResponse response, Model model,
                    Principal user, RedirectAttributes flash) {
        ApplicationDraft draft = drafts.own(id, user.getName());
        Map<String, Object> typed = SentValues.of(drafts.schema(draft), request::getParameterValues);
        List<Violation> violations;
        try {
            violations = drafts.saveForm(draft, subject, typed);
        } catch (InvalidRequestException tooLong) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formPage(draft, subject, typed, tooLong.violations(), model);
        } catch (OptimisticLockingFailureException savedElsewhere) {
            // Another tab saved this draft a moment ago; show its version rather than overwrite it blindly.
            response.setStatus(HttpStatus.CONFLICT.value());
            ApplicationDraft current = drafts.own(id, user.getName());
            return formPage(current, current.getSubject(), drafts.values(current),
                    List.of(Violation.of("form", "apply.error.savedElsewhere")), model);
        }
        if ("save".equals(action)) {
            flash.addFlashAttribute("success", "apply.saved");
            return "redirect:/my/drafts/" + id;
        }
        if (!violations.isEmpty()) {
            return formPage(draft, subject, typed, violations, model);
        }
        return "redirect:/my/drafts/" + id + "/files";
    }

    @GetMapping("/my/drafts/{id}/files")
    String files(@PathVariable long id, Model model, Principal user) {
        return filesPage(drafts.own(id, user.getName()), List.of(), model);
    }

    @PostMapping("/my/drafts/{id}/files")
    String upload(@PathVariable long id, @RequestParam String component, @RequestParam("file") MultipartFile file,
                  Model model, Principal user, RedirectAttributes flash) throws IOException {
        ApplicationDraft draft = drafts.own(id, user.getName());
        if (file.isEmpty()) {
            return filesPage(draft, List.of(Violation.of("files." + component, "apply.error.noFile")), model);
        }
        var problem = drafts.addFile(draft, component, file.getOriginalFilename(), file.getBytes());
        if (problem.isPresent()) {
            return filesPage(draft, List.of(problem.get()), model);
        }
        flash.addFlashAttribute("success", "apply.uploaded");
        return "redirect:/my/drafts/" + id + "/files";
    }

    /** A component taken from the applicant's data store instead of a new upload. */
    @PostMapping("/my/drafts/{id}/reuse")
    String reuse(@PathVariable long id, @RequestParam String component,
                 @RequestParam(name = "item", required = false) Long attachmentId, Model model, Principal user,
                 RedirectAttributes flash) {
        ApplicationDraft draft = drafts.own(id, user.getName());
        if (attachmentId == null) {
            return filesPage(draft, List.of(Violation.of("files." + component, "apply.error.noReuseItem")), model);
        }
        var problem = drafts.reuse(draft, component, attachmentId);
        if (problem.isPresent()) {
            return filesPage(draft, List.of(problem.get()), model);
        }
        flash.addFlashAttribute("success", "apply.reused");
        return "redirect:/my/drafts/" + id + "/files";
    }

    @PostMapping("/my/drafts/{id}/reuse/{component}/delete")
    String removeReuse(@PathVariable long id, @PathVariable String component, Principal user) {
        drafts.removeReuse(drafts.own(id, user.getName()), component);
        return "redirect:/my/drafts/" + id + "/files";
    }

    @PostMapping("/my/drafts/{id}/files/{fileId}/delete")
    String removeFile(@PathVariable long id, @PathVariable long fileId, Principal user) {
        drafts.removeFile(drafts.own(id, user.getName()), fileId);
        return "redirect:/my/drafts/" + id + "/files";
    }

    @GetMapping("/my/drafts/{id}/review")
    String review(@PathVariable long id, Model model, Principal user) {
        ApplicationDraft draft = drafts.own(id, user.getName());
        List<Violation> problems = new ArrayList<>(drafts.formViolations(draft));
        drafts.missingComponents(draft).forEach(c ->
                problems.add(Violation.of("files." + c.code(), "dossier.error.missingComponent", c.name())));
        common(draft, model);
        model.addAttribute("values", drafts.values(draft));
        model.addAttribute("files", drafts.files(draft));
        model.addAttribute("reused", drafts.reused(draft));
        model.addAttribute("violations", problems);
        return "apply/review";
    }

    @PostMapping("/my/drafts/{id}/submit")
    String submit(@PathVariable long id, Model model, Principal user, RedirectAttributes flash) {
        try {
            var dossier = drafts.submit(id, user.getName());
            flash.addFlashAttribute("flash", "apply.submitted");
            return "redirect:/my/dossiers/" + dossier.getCode();
        } catch (InvalidRequestException e) {
            ApplicationDraft draft = drafts.own(id, user.getName());
            common(draft, model);
            model.addAttribute("values", drafts.values(draft));
            model.addAttribute("files", drafts.files(draft));
            model.addAttribute("reused", drafts.reused(draft));
            model.addAttribute("violations", e.violations());
            return "apply/review";
        }
    }

    @PostMapping("/my/drafts/{id}/delete")
    String delete(@PathVariable long id, Principal user, RedirectAttributes flash) {
        drafts.delete(id, user.getName());
        flash.addFlashAttribute("success", "apply.deleted");
        return "redirect:/my/drafts";
    }

    /** A staff or institution account without an applicant profile cannot file: say so instead of a 500. */
    @ExceptionHandler(ApplicantAccountNotFoundException.class)
    String noApplicantProfile(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("status", HttpStatus.FORBIDDEN.value());
        model.addAttribute("errorKey", "apply.error.noApplicantProfile");
        return "error";
    }

    @ExceptionHandler(DraftNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error";
    }

    private String formPage(ApplicationDraft draft, String subject, Map<String, Object> values,
                            List<Violation> violations, Model model) {
        common(draft, model);
        model.addAttribute("subject", subject);
        model.addAttribute("values", values);
        model.addAttribute("violations", violations);
        return "apply/form";
    }

    private String filesPage(ApplicationDraft draft, List<Violation> violations, Model model) {
        common(draft, model);
        model.addAttribute("files", drafts.files(draft));
        model.addAttribute("reused", drafts.reused(draft));
        model.addAttribute("reusable", drafts.reusable(draft));
        model.addAttribute("violations", violations);
        return "apply/files";
    }

    private void common(ApplicationDraft draft, Model model) {
        var procedure = drafts.version(draft);
        model.addAttribute("draft", draft);
        model.addAttribute("procedure", procedure);
        Map<String, String> componentNames = new LinkedHashMap<>();
        procedure.components().forEach(c -> componentNames.put(c.code(), c.name()));
        model.addAttribute("componentNames", componentNames);
        model.addAttribute("schema", drafts.schema(draft));
    }
}
