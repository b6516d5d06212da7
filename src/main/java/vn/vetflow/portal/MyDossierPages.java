package vn.vetflow.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Attachment;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierDocument;
import vn.vetflow.dossier.DossierNotFoundException;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.dossier.Rating;
import vn.vetflow.dossier.SatisfactionRatings;
import vn.vetflow.dossier.SupplementRequest;
import vn.vetflow.dossier.UploadedFile;
import vn.vetflow.identity.Roles;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.publicservice.ApplicantActions;
import vn.vetflow.publicservice.ApplicantFileHeaders;
import vn.vetflow.publicservice.FileTypes;
import vn.vetflow.publicservice.PublicServiceProcess;
import vn.vetflow.shared.DateFormats;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;

/**
 * An applicant's (or institution's) own dossiers: the list, each dossier's page with its timeline,
 * documents, files and form, and the actions that apply now. Anyone else's dossier does not exist here.
 */
@Controller
class MyDossierPages {

    /** The supplement form as typed. */
    record SupplementForm(String note) {
    }

    /** The withdrawal confirmation as typed. */
    record WithdrawForm(String reason) {
    }

    /** The rating form as typed; {@code score} is kept as text so a bad value shows as it came. */
    record RatingForm(String score, String comment) {
    }

    /** The open supplement request as the applicant reads it. */
    record SupplementView(String text, List<String> items, String requestedOn, String dueOn) {
    }

    /** A rating already given. */
    record RatingView(int score, String comment, String ratedOn) {
    }

    static final int NOTE_MAX = 2000;
    static final int REASON_MAX = 1000;
    private static final String SUPPLEMENT_MESSAGE = "SupplementProvided";
    private static final String BASE = "/my/dossiers/";

    private final DossierService dossiers;
    private final ApplicantActions actions;
    private final PublicServiceProcess process;
    private final ProcedureCatalogue catalogue;
    private final SatisfactionRatings ratings;
    private final PortalViews views;
    private final DossierContents contents;

    MyDossierPages(DossierService dossiers, ApplicantActions actions, PublicServiceProcess process,
                   ProcedureCatalogue catalogue, SatisfactionRatings ratings, PortalViews views,
                   DossierContents contents) {
        this.dossiers = dossiers;
        this.actions = actions;
        this.process = process;
        this.catalogue = catalogue;
        this.ratings = ratings;
        this.views = views;
        this.contents = contents;
    }

    @GetMapping("/my/dossiers")
    String list(Authentication user, Model model, Locale locale) {
        model.addAttribute("dossiers", dossiers.ofApplicant(applicant(user)).stream()
                .map(d -> views.view(d, locale)).toList());
        return "portal/dossiers";
    }

    @GetMapping("/my/dossiers/{code}")
    String show(@PathVariable String code, Authentication user, Model model, Locale locale) {
        return page(actions.own(code, applicant(user)), model, locale);
    }

    @GetMapping("/my/dossiers/{code}/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long id, Authentication user) {
        DossierDocument document = dossiers.readyDocument(actions.own(code, applicant(user)), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.getType().toLowerCase(Locale.ROOT) + "-" + code + ".pdf").build().toString())
                .body(document.getContent());
    }

    @GetMapping("/my/dossiers/{code}/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String code, @PathVariable long id, Authentication user) {
        Dossier dossier = actions.own(code, applicant(user));
        Attachment file = dossiers.attachments(dossier).stream().filter(a -> a.getId() == id).findFirst()
                .orElseThrow(() -> new DossierNotFoundException(code));
        return ResponseEntity.ok().headers(ApplicantFileHeaders.of(file.getFileName()))
                .body(dossiers.attachmentContent(dossier, id));
    }

    // --- supplement --------------------------------------------------------------------------

    @PostMapping("/my/dossiers/{code}/supplement")
    String supplement(@PathVariable String code, @RequestParam(name = "note", defaultValue = "") String note,
                      @RequestParam MultiValueMap<String, MultipartFile> uploads, Authentication user, Model model,
                      Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        String username = applicant(user);
        Dossier dossier = actions.own(code, username);
        ProcedureVersion version = version(dossier);
        FormErrors errors = FormErrors.none();
        if (note.length() > NOTE_MAX) {
            errors.add("supplement-note", views.message("portal.error.maxLength", locale, NOTE_MAX));
        } else {
            try {
                actions.supplement(code, username, note.isBlank() ? null : note.strip(), files(uploads));
                redirect.addFlashAttribute("flash", "portal.supplement.sent");
                return "redirect:" + BASE + code;
            } catch (InvalidRequestException e) {
                for (Violation violation : e.violations()) {
                    errors.add(supplementFieldId(violation.field(), version), views.message(violation, locale));
                }
            }
        }
        model.addAttribute("supplementForm", new SupplementForm(note));
        return rejected(errors, dossier, model, locale, response);
    }

    // --- withdrawal --------------------------------------------------------------------------

    @GetMapping("/my/dossiers/{code}/withdraw")
    String confirmWithdrawal(@PathVariable String code, Authentication user, Model model, Locale locale,
                             RedirectAttributes redirect) {
        Dossier dossier = actions.own(code, applicant(user));
        if (!dossier.getStatus().isWithdrawable()) {
            redirect.addFlashAttribute("flashError", "portal.withdraw.notAllowed");
            return "redirect:" + BASE + code;
        }
        model.addAttribute("dossier", views.view(dossier, locale));
        model.addAttribute("withdrawForm", new WithdrawForm(""));
        model.addAttribute("formErrors", FormErrors.none());
        return "portal/withdraw";
    }

    @PostMapping("/my/dossiers/{code}/withdraw")
    String withdraw(@PathVariable String code, @RequestParam(name = "reason", defaultValue = "") String reason,
                    Authentication user, Model model, Locale locale, HttpServletResponse response,
                    RedirectAttributes redirect) {
        String username = applicant(user);
        Dossier dossier = actions.own(code, username);
        if (reason.length() > REASON_MAX) {
            model.addAttribute("dossier", views.view(dossier, locale));
            model.addAttribute("withdrawForm", new WithdrawForm(reason));
            model.addAttribute("formErrors", FormErrors.none()
                    .add("withdraw-reason", views.message("portal.error.maxLength", locale, REASON_MAX)));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "portal/withdraw";
        }
        try {
            actions.withdraw(code, username, reason.isBlank() ? null : reason.strip());
            redirect.addFlashAttribute("flash", "portal.withdraw.done");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("flashError", "portal.withdraw.notAllowed");
        }
        return "redirect:" + BASE + code;
    }

    // --- rating ------------------------------------------------------------------------------

    @PostMapping("/my/dossiers/{code}/rating")
    String rate(@PathVariable String code, @RequestParam(name = "score", defaultValue = "") String score,
                @RequestParam(name = "comment", defaultValue = "") String comment, Authentication user, Model model,
                Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        String username = applicant(user);
        Dossier dossier = actions.own(code, username);
        FormErrors errors = FormErrors.none();
        try {
            ratings.rate(code, username, parseScore(score), comment);
            redirect.addFlashAttribute("flash", "portal.rating.thanks");
            return "redirect:" + BASE + code;
        } catch (InvalidRequestException e) {
            for (Violation violation : e.violations()) {
                String fieldId = switch (violation.field()) {
                    case "score" -> "rating-score-" + SatisfactionRatings.LOWEST;
                    case "comment" -> "rating-comment";
                    default -> null;
                };
                errors.add(fieldId, views.message(violation, locale));
            }
        }
        model.addAttribute("ratingForm", new RatingForm(score, comment));
        return rejected(errors, dossier, model, locale, response);
    }

    // --- the page ----------------------------------------------------------------------------

    private String page(Dossier dossier, Model model, Locale locale) {
        ProcedureVersion version = version(dossier);
        String code = dossier.getCode();
        model.addAttribute("dossier", views.view(dossier, locale));
        model.addAttribute("timeline", views.timeline(dossiers.history(dossier), true, locale));
        model.addAttribute("documents", contents.documents(dossiers.documents(dossier)));
        model.addAttribute("attachments", contents.attachments(version, dossiers.attachments(dossier), locale));
        model.addAttribute("formValues", contents.formValues(version, dossiers.formData(dossier), locale));

        boolean supplementOpen = process.isWaitingFor(code, SUPPLEMENT_MESSAGE);
        model.addAttribute("canSupplement", supplementOpen);
        if (supplementOpen) {
            dossiers.openSupplementRequest(dossier).map(this::supplementView)
                    .ifPresent(request -> model.addAttribute("supplementRequest", request));
            model.addAttribute("uploadSlots", DossierContents.uploadSlots(version));
        }
        model.addAttribute("canPay", dossier.getStatus() == DossierStatus.PAYMENT_REQUIRED && !dossier.isPaid());
        model.addAttribute("fee", PortalViews.money(dossier.getFeeAmount(), locale));
        model.addAttribute("canWithdraw", dossier.getStatus().isWithdrawable());

        Optional<Rating> rating = ratings.of(code);
        model.addAttribute("canRate", dossier.getStatus() == DossierStatus.RESULT_RETURNED && rating.isEmpty());
        rating.ifPresent(r -> model.addAttribute("rating",
                new RatingView(r.score(), r.comment(), views.date(r.ratedAt()))));
        model.addAttribute("scores", List.of(1, 2, 3, 4, 5));

        if (!model.containsAttribute("supplementForm")) {
            model.addAttribute("supplementForm", new SupplementForm(""));
        }
        if (!model.containsAttribute("ratingForm")) {
            model.addAttribute("ratingForm", new RatingForm("", ""));
        }
        if (!model.containsAttribute("formErrors")) {
            model.addAttribute("formErrors", FormErrors.none());
        }
        return "portal/dossier";
    }

    /** The dossier page again, with the error summary and what was typed. */
    private String rejected(FormErrors errors, Dossier dossier, Model model, Locale locale,
                            HttpServletResponse response) {
        model.addAttribute("formErrors", errors);
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(dossiers.get(dossier.getCode()), model, locale);
    }

    private SupplementView supplementView(SupplementRequest request) {
        return new SupplementView(request.getRequestText(), request.getRequestedItems(),
                views.date(request.getRequestedAt()), DateFormats.date(request.getDueOn()));
    }

    private ProcedureVersion version(Dossier dossier) {
        return catalogue.version(dossier.getProcedureId(), dossier.getProcedureVersion());
    }

    /** Only applicants and institutions have dossiers; officers have their own pages. */
    private static String applicant(Authentication user) {
        List<String> groups = UserGroups.of(user);
        boolean allowed = groups.contains(Roles.APPLICANT) || groups.contains(Roles.INSTITUTION);
        if (!allowed) {
            throw new AccessDeniedException("Only applicants and institutions have dossiers here");
        }
        return user.getName();
    }

    /** The input a violation is about: {@code files.DON} is the upload slot {@code file-DON}. */
    private static String supplementFieldId(String field, ProcedureVersion version) {
        if (field.startsWith("files.")) {
            return "file-" + field.substring("files.".length());
        }
        if (field.equals("files")) {
            return version.components().isEmpty() ? "supplement-note" : "file-" + version.components().get(0).code();
        }
        if (field.equals("note")) {
            return "supplement-note";
        }
        return null;
    }

    private static int parseScore(String score) {
        try {
            return Integer.parseInt(score.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Uploads named {@code files.<component>}; unselected inputs skipped; names kept for display only. */
    static List<UploadedFile> files(MultiValueMap<String, MultipartFile> uploads) {
        List<UploadedFile> files = new ArrayList<>();
        uploads.forEach((part, parts) -> {
            if (!part.startsWith("files.")) {
                return;
            }
            String component = part.substring("files.".length());
            for (MultipartFile upload : parts) {
                String original = upload.getOriginalFilename();
                if (upload.isEmpty() && (original == null || original.isBlank())) {
                    continue;
                }
                String name = UploadedFile.displayName(original);
                files.add(new UploadedFile(component, name, FileTypes.contentType(name), bytes(upload)));
            }
        });
        return files;
    }

    private static byte[] bytes(MultipartFile upload) {
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
