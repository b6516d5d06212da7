package vn.vetflow.workspace;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.dossier.DocumentBeingPreparedException;
import vn.vetflow.audit.AuditAction;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.publicservice.ApplicantFileHeaders;
import vn.vetflow.publicservice.OfficerWork;
import vn.vetflow.dossier.Attachment;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierDocument;
import vn.vetflow.dossier.DossierNotFoundException;
import vn.vetflow.dossier.DossierService;

/**
 * The case file's own addresses for officers (the whole of /workspace/** is theirs): attachments and
 * issued documents shown inline for the in-page preview, recorded in the audit trail, and comments.
 */
@Controller
class CaseFileController {

    private final DossierService dossiers;
    private final AuditTrail audit;
    private final CaseComments comments;

    private final OfficerWork officerWork;
    private final ControlSlips slips;

    CaseFileController(DossierService dossiers, AuditTrail audit, CaseComments comments, OfficerWork officerWork,
                       ControlSlips slips) {
        this.officerWork = officerWork;
        this.slips = slips;
        this.dossiers = dossiers;
        this.audit = audit;
        this.comments = comments;
    }

    @GetMapping("/workspace/dossiers/{code}/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String code, @PathVariable long id, Authentication user) {
        Dossier dossier = openable(code, user);
        Attachment file = dossiers.attachments(dossier).stream().filter(a -> a.getId() == id).findFirst()
                .orElseThrow(() -> new DossierNotFoundException(code));
        byte[] content = dossiers.attachmentContent(dossier, id);
        audit.record(AuditAction.ATTACHMENT_DOWNLOADED, code, "attachment " + id);
        return ResponseEntity.ok().headers(ApplicantFileHeaders.of(file.getFileName())).body(content);
    }

    @GetMapping("/workspace/dossiers/{code}/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long id, Authentication user) {
        DossierDocument document = dossiers.readyDocument(openable(code, user), id);
        audit.record(AuditAction.DOCUMENT_DOWNLOADED, code, "document " + id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.getType().toLowerCase(Locale.ROOT) + "-" + code + ".pdf").build().toString())
                .body(document.getContent());
    }

    /** Form 06 as a PDF for the officers who may open the case (the slip is an internal record). */
    @GetMapping("/workspace/dossiers/{code}/control-slip")
    ResponseEntity<byte[]> controlSlip(@PathVariable String code, Authentication user) {
        byte[] pdf = slips.pdf(openable(code, user));
        audit.record(AuditAction.DOCUMENT_DOWNLOADED, code, "control slip");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("phieu-kiem-soat-" + code + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/workspace/dossiers/{code}/comments")
    String comment(@PathVariable String code, @RequestParam(defaultValue = "") String text,
                   @RequestParam(required = false) String taskId, Authentication user, RedirectAttributes flash) {
        openable(code, user);
        String back = taskId != null && taskId.matches("[A-Za-z0-9-]{1,64}")
                ? "redirect:/workspace/tasks/" + taskId + "#comments" : "redirect:/workspace";
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > CaseFileComment.TEXT_MAX) {
            flash.addFlashAttribute("commentError", trimmed.isEmpty() ? "casefile.comment.empty" : "casefile.comment.tooLong");
            flash.addFlashAttribute("commentText", text);
            return back;
        }
        comments.add(code, user.getName(), trimmed);
        audit.record(AuditAction.COMMENT_ADDED, code, null);
        flash.addFlashAttribute("flash", "casefile.flash.commented");
        return back;
    }

    /** The dossier, if the officer's units may open it; otherwise it does not exist for them (404). */
    private Dossier openable(String code, Authentication user) {
        Dossier dossier = dossiers.get(code);
        if (!officerWork.mayOpenCase(dossier.getProcedureId(), UserGroups.of(user))) {
            throw new DossierNotFoundException(code);
        }
        return dossier;
    }

    /** The document's PDF is still being rendered and signed; the page says so and reloads itself. */
    @ExceptionHandler(DocumentBeingPreparedException.class)
    ModelAndView preparing(DocumentBeingPreparedException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        ModelAndView page = new ModelAndView("verification/preparing");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("backUrl", "/workspace");
        return page;
    }

    @ExceptionHandler(DossierNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "workspace/task-gone";
    }
}
