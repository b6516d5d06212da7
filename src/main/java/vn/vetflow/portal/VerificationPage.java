package vn.vetflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.vetflow.documents.SignatureVerifier;
import vn.vetflow.documents.Verification;
import vn.vetflow.dossier.DossierDocument;
import vn.vetflow.dossier.IssuedDocuments;
import vn.vetflow.inspection.InspectionDocumentRegister;
import vn.vetflow.shared.LookupLimiter;

/**
 * The public verification page (anonymous): anyone holding a document checks it, by uploading the PDF
 * or by typing its number and verification code. The answer is VALID (issued by this agency and its
 * signature verifies), INVALID (a signature that does not verify: changed after signing, or not from a
 * trusted CA), UNKNOWN (nothing on record, no signature) or PREPARING; with who signed and when. It shows
 * nothing of the dossier or the applicant. Look-ups by number share the status look-up's brake.
 */
@Controller
class VerificationPage {

    /** What the page answers. */
    enum Answer { VALID, INVALID, UNKNOWN, PREPARING }

    /** timeStampedAt: the time of the signature's verified RFC 3161 time-stamp (PAdES B-T), if any. */
    record Result(Answer answer, String title, String number, String issued, String signerName, String signedAt,
                  boolean registered, String timeStampedAt) {
    }

    private final IssuedDocuments issued;
    private final SignatureVerifier verifier;
    private final PortalViews views;
    private final LookupLimiter limiter;

    private final InspectionDocumentRegister inspectionDocuments;

    VerificationPage(IssuedDocuments issued, SignatureVerifier verifier, PortalViews views, LookupLimiter limiter,
                     InspectionDocumentRegister inspectionDocuments) {
        this.issued = issued;
        this.inspectionDocuments = inspectionDocuments;
        this.verifier = verifier;
        this.views = views;
        this.limiter = limiter;
    }

    @GetMapping("/verify")
    String form() {
        return "verification/verify";
    }

    @PostMapping("/verify")
    String byNumber(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
                    HttpServletRequest request, Model model) {
        model.addAttribute("number", number);
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            model.addAttribute("limited", limiter.perMinute());
            return "verification/verify";
        }
        Optional<DossierDocument> document = number.isBlank() || code.isBlank() ? Optional.empty()
                : issued.byNumberAndCode(number, code);
        // The inspection decision and minutes are issued documents too (their own register).
        Optional<Registered> found = document.map(VerificationPage::registered)
                .or(() -> number.isBlank() || code.isBlank() ? Optional.empty()
                        : inspectionDocuments.byNumberAndCode(number, code).map(VerificationPage::registered));
        model.addAttribute("result", found.map(this::ofRecord)
                .orElse(new Result(Answer.UNKNOWN, null, null, null, null, null, false, null)));
        return "verification/verify";
    }

    @PostMapping("/verify/upload")
    String byFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        byte[] pdf = file.getBytes();
        Optional<Registered> registered = issued.byContent(pdf).map(VerificationPage::registered)
                .or(() -> inspectionDocuments.byContent(pdf).map(VerificationPage::registered));
        Verification verification = verifier.verify(pdf);
        Answer answer = switch (verification.status()) {
            case VALID -> Answer.VALID;
            case INVALID -> Answer.INVALID;
            case UNSIGNED -> Answer.UNKNOWN;
        };
        model.addAttribute("result", new Result(answer,
                registered.map(Registered::title).orElse(null),
                registered.map(Registered::number).orElse(null),
                registered.map(d -> views.date(d.createdAt())).orElse(null),
                verification.signerName(),
                verification.signedAt() == null ? null : views.dateTime(verification.signedAt()),
                registered.isPresent(), timeStamped(verification)));
        return "verification/verify";
    }

    /** A document found by number and code: its stored PDF is verified again, never trusted blindly. */
    private Result ofRecord(Registered document) {
        String issuedOn = views.date(document.createdAt());
        if (document.content() == null) {
            return new Result(Answer.PREPARING, document.title(), document.number(), issuedOn, null, null, true,
                    null);
        }
        Verification verification = verifier.verify(document.content());
        Answer answer = verification.valid() ? Answer.VALID : Answer.INVALID;
        return new Result(answer, document.title(), document.number(), issuedOn, verification.signerName(),
                verification.signedAt() == null ? null : views.dateTime(verification.signedAt()), true,
                timeStamped(verification));
    }

    /** A document on record, of a dossier or of an inspection; content null while being prepared. */
    private record Registered(String title, String number, java.time.Instant createdAt, byte[] content) {
    }

    private static Registered registered(DossierDocument d) {
        return new Registered(d.getTitle(), d.getNumber(), d.getCreatedAt(), d.isReady() ? d.getContent() : null);
    }

    private static Registered registered(InspectionDocumentRegister.Registered d) {
        return new Registered(d.title(), d.number(), d.createdAt(), d.pdf());
    }

    private String timeStamped(Verification verification) {
        return verification.timeStampedAt() == null ? null : views.dateTime(verification.timeStampedAt());
    }
}
