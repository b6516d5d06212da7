package vn.vetflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.shared.LookupLimiter;

/**
 * The public status look-up: a dossier code and the applicant's identity number give the status, the
 * dates and the timeline, without personal data, officers' names or notes. An unknown code and a wrong
 * number get the same answer. Sent by POST so the identity number stays out of addresses and logs.
 */
@Controller
class LookupPage {

    /** What the look-up form holds, kept when it is shown again. */
    record LookupForm(String code, String idNumber) {
    }

    /** What the public may see of a dossier. */
    record LookupResult(PortalViews.DossierView dossier, List<PortalViews.TimelineEntry> timeline) {
    }

    static final int CODE_MAX = 40;
    static final int ID_NUMBER_MAX = 30;

    private final DossierService dossiers;
    private final PortalViews views;
    private final LookupLimiter limiter;

    LookupPage(DossierService dossiers, PortalViews views, LookupLimiter limiter) {
        this.dossiers = dossiers;
        this.views = views;
        this.limiter = limiter;
    }

    @GetMapping("/lookup")
    String form(Model model) {
        model.addAttribute("lookup", new LookupForm("", ""));
        model.addAttribute("formErrors", FormErrors.none());
        return "portal/lookup";
    }

    @PostMapping("/lookup")
    String lookup(@RequestParam(name = "code", defaultValue = "") String code,
                  @RequestParam(name = "idNumber", defaultValue = "") String idNumber,
                  HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        String typedCode = code.strip().toUpperCase(Locale.ROOT);
        String typedNumber = idNumber.strip();
        FormErrors errors = FormErrors.none();
        if (typedCode.isEmpty()) {
            errors.add("lookup-code", views.message("portal.error.required", locale));
        } else if (typedCode.length() > CODE_MAX) {
            errors.add("lookup-code", views.message("portal.error.maxLength", locale, CODE_MAX));
        }
        if (typedNumber.isEmpty()) {
            errors.add("lookup-idNumber", views.message("portal.error.required", locale));
        } else if (typedNumber.length() > ID_NUMBER_MAX) {
            errors.add("lookup-idNumber", views.message("portal.error.maxLength", locale, ID_NUMBER_MAX));
        }
        model.addAttribute("lookup", new LookupForm(typedCode, typedNumber));
        model.addAttribute("formErrors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "portal/lookup";
        }
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "60");
            model.addAttribute("limited", limiter.perMinute());
            return "portal/lookup";
        }
        Optional<Dossier> found = dossiers.find(typedCode).filter(d -> sameNumber(d.getApplicantIdNumber(), typedNumber));
        if (found.isEmpty()) {
            model.addAttribute("notFound", true);
            return "portal/lookup";
        }
        Dossier dossier = found.get();
        model.addAttribute("result", new LookupResult(views.view(dossier, locale),
                views.timeline(dossiers.history(dossier), false, locale)));
        return "portal/lookup";
    }

    /** Identity numbers compared without spaces or case, in constant time. */
    static boolean sameNumber(String stored, String typed) {
        if (stored == null) {
            return false;
        }
        byte[] a = stored.replaceAll("\\s", "").toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        byte[] b = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(a, b);
    }
}
