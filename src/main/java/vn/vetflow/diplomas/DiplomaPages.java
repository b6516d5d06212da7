package vn.vetflow.diplomas;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.Institutions;
import vn.vetflow.shared.DateFormats;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.LookupLimiter;
import vn.vetflow.shared.Violation;

/**
 * An institution's staff record their graduates' diplomas ({@code /my/institution/diplomas}); anyone checks
 * a diploma by number and holder's name ({@code /diplomas}), sent by POST so names stay out of addresses and
 * logs, rate-limited like the other public look-ups, and answered without identity data.
 */
@Controller
class DiplomaPages {

    static final int PAGE_SIZE = 50;

    private final DiplomaRegister register;
    private final DiplomaSheets sheets;
    private final Institutions institutions;
    private final LookupLimiter limiter;

    DiplomaPages(DiplomaRegister register, DiplomaSheets sheets, Institutions institutions, LookupLimiter limiter) {
        this.register = register;
        this.sheets = sheets;
        this.institutions = institutions;
        this.limiter = limiter;
    }

    /** What the public sees of a diploma: no identity number. */
    record PublicDiploma(String number, String holderName, String kindKey, String occupation, String levelKey,
                         String issuedOn, String institution, String signer) {
    }

    /** A row of the institution's own list. */
    record Row(Diploma diploma, String issuedOn) {
    }

    @GetMapping("/diplomas")
    String lookUpForm(Model model) {
        model.addAttribute("number", "");
        model.addAttribute("holderName", "");
        model.addAttribute("errors", Map.of());
        return "diplomas/lookup";
    }

    @PostMapping("/diplomas")
    String lookUp(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String holderName,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        String typedNumber = number.strip();
        String typedName = holderName.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (typedNumber.isEmpty() || typedNumber.length() > 50) {
            errors.put("number", typedNumber.isEmpty() ? "diplomas.error.number.required" : "diplomas.error.tooLong");
        }
        if (typedName.isEmpty() || typedName.length() > 120) {
            errors.put("holderName", typedName.isEmpty() ? "diplomas.error.holderName.required" : "diplomas.error.tooLong");
        }
        model.addAttribute("number", typedNumber);
        model.addAttribute("holderName", typedName);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "diplomas/lookup";
        }
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "60");
            model.addAttribute("limited", limiter.perMinute());
            return "diplomas/lookup";
        }
        List<PublicDiploma> found = register.lookUp(typedNumber, typedName).stream()
                .map(d -> new PublicDiploma(d.number(), d.holderName(), d.kindKey(), d.occupationName(),
                        "institution.level." + d.level().name(), DateFormats.date(d.issuedOn()),
                        institutions.byCode(d.institutionCode()).map(InstitutionSummary::name).orElse(d.institutionCode()),
                        d.signer()))
                .toList();
        model.addAttribute("found", found);
        model.addAttribute("searched", true);
        return "diplomas/lookup";
    }

    @GetMapping("/my/institution/diplomas")
    String list(@RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
        return page(own(user), DiplomaInput.empty(), Map.of(), List.of(), Math.max(page, 0), model);
    }

    @PostMapping("/my/institution/diplomas")
    String record(@ModelAttribute DiplomaInput input, Authentication user, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        InstitutionSummary institution = own(user);
        try {
            register.record(institution.code(), input, user.getName());
        } catch (InvalidRequestException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (Violation v : e.violations()) {
                errors.putIfAbsent(v.field(), v.messageKey());
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(institution, input.normalised(), errors, List.of(), 0, model);
        }
        flash.addFlashAttribute("message", "diplomas.recorded");
        return "redirect:/my/institution/diplomas";
    }

    @PostMapping("/my/institution/diplomas/import")
    String importSheet(@RequestParam(required = false) MultipartFile file, Authentication user, Model model,
                       HttpServletResponse response, RedirectAttributes flash) throws IOException {
        InstitutionSummary institution = own(user);
        String problem = null;
        List<DiplomaRegister.RowErrors> rowErrors = List.of();
        int rows = 0;
        if (file == null || file.isEmpty()) {
            problem = "diplomas.import.error.noFile";
        } else {
            try {
                Map<Integer, DiplomaInput> read = sheets.read(file.getInputStream());
                rows = read.size();
                if (read.isEmpty()) {
                    problem = "diplomas.import.error.empty";
                } else {
                    rowErrors = register.importRows(institution.code(), read, user.getName());
                }
            } catch (DiplomaSheets.UnreadableSheetException e) {
                problem = e.messageKey();
            }
        }
        if (problem == null && rowErrors.isEmpty()) {
            flash.addFlashAttribute("imported", rows);
            return "redirect:/my/institution/diplomas";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("importProblem", problem);
        return page(institution, DiplomaInput.empty(), Map.of(), rowErrors, 0, model);
    }

    @GetMapping("/my/institution/diplomas/template.xlsx")
    ResponseEntity<byte[]> template(Authentication user) {
        own(user);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mau-van-bang.xlsx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(sheets.template());
    }

    private String page(InstitutionSummary institution, DiplomaInput form, Map<String, String> errors,
                        List<DiplomaRegister.RowErrors> rowErrors, int page, Model model) {
        long total = register.count(institution.code());
        model.addAttribute("institution", institution);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("rowErrors", rowErrors);
        model.addAttribute("headers", DiplomaSheets.HEADERS);
        model.addAttribute("maxRows", DiplomaSheets.MAX_ROWS);
        model.addAttribute("rows", register.ofInstitution(institution.code(), page * PAGE_SIZE, PAGE_SIZE).stream()
                .map(d -> new Row(d, DateFormats.date(d.issuedOn()))).toList());
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return "diplomas/register";
    }

    private InstitutionSummary own(Authentication user) {
        return institutions.ofUser(user.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
