package vn.vetflow.inspection;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.institution.Institutions;
import vn.vetflow.shared.InvalidRequestException;

/**
 * Supervisors register inspections carried out on paper, with their scanned decision and conclusion, so
 * the digital share counts them in its denominator (and never as digital).
 */
@Controller
class PaperInspectionPages {

    private final Inspections inspections;
    private final Institutions institutions;
    private final InspectionViews views;
    private final AuditTrail audit;

    PaperInspectionPages(Inspections inspections, Institutions institutions, InspectionViews views, AuditTrail audit) {
        this.inspections = inspections;
        this.institutions = institutions;
        this.views = views;
        this.audit = audit;
    }

    /** The registration form as typed. */
    static class PaperForm {
        private String institutionCode;
        private String subject;
        private String decisionNumber;
        private String decisionOn;
        private String conclusionNumber;
        private String conclusionOn;

        public String getInstitutionCode() {
            return institutionCode;
        }

        public void setInstitutionCode(String institutionCode) {
            this.institutionCode = institutionCode;
        }

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getDecisionNumber() {
            return decisionNumber;
        }

        public void setDecisionNumber(String decisionNumber) {
            this.decisionNumber = decisionNumber;
        }

        public String getDecisionOn() {
            return decisionOn;
        }

        public void setDecisionOn(String decisionOn) {
            this.decisionOn = decisionOn;
        }

        public String getConclusionNumber() {
            return conclusionNumber;
        }

        public void setConclusionNumber(String conclusionNumber) {
            this.conclusionNumber = conclusionNumber;
        }

        public String getConclusionOn() {
            return conclusionOn;
        }

        public void setConclusionOn(String conclusionOn) {
            this.conclusionOn = conclusionOn;
        }
    }

    @GetMapping("/inspections/paper")
    String form(Model model) {
        model.addAttribute("paperForm", new PaperForm());
        return page(model, List.of());
    }

    @PostMapping("/inspections/paper")
    String register(@ModelAttribute("paperForm") PaperForm form,
                    @RequestParam(value = "scans", required = false) List<MultipartFile> scans, Authentication user,
                    Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            String code = inspections.registerPaper(new Inspections.PaperInspection(form.getInstitutionCode(),
                    form.getSubject(), StepRequests.day(form.getDecisionOn()), form.getDecisionNumber(),
                    StepRequests.day(form.getConclusionOn()), form.getConclusionNumber(), StepRequests.uploads(scans)),
                    user.getName());
            flash.addFlashAttribute("flash", "inspection.paper.registered");
            flash.addFlashAttribute("flashArg", code);
            return "redirect:/inspections/paper";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model, e.violations());
        }
    }

    @GetMapping("/inspections/paper/{code}")
    String show(@PathVariable String code, Model model) {
        model.addAttribute("file", views.file(inspections.get(code), true));
        return "inspection/paper-show";
    }

    @GetMapping("/inspections/paper/{code}/files/{id}")
    ResponseEntity<byte[]> scan(@PathVariable String code, @PathVariable long id) {
        return InspectionPages.file(inspections, audit, code, id);
    }

    private String page(Model model, List<vn.vetflow.shared.Violation> violations) {
        model.addAttribute("institutions", institutions.all());
        model.addAttribute("papers", inspections.all().stream().filter(Inspection::paper).toList());
        model.addAttribute("violations", violations);
        return "inspection/paper";
    }
}
