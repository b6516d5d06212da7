package vn.vetflow.publicservice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.vetflow.dossier.Applicant;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierNotFoundException;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.UploadedFile;
import vn.vetflow.identity.Roles;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.publicservice.ApplicantActions;
import vn.vetflow.publicservice.ApplicantFileHeaders;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.publicservice.FileTypes;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;

/**
 * Dossiers for applicants and integrators. Files travel as multipart parts named {@code files.<component
 * code>}; the request itself as a JSON part named {@code dossier}.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Hồ sơ / Dossiers")
class DossierApi {

    /** The JSON part of a submission. Applicant details describe the person or organisation filing. */
    record SubmitDossier(String procedureId, String subject, String applicantName, String applicantIdNumber,
                         String applicantEmail, String applicantPhone, String applicantAddress,
                         Map<String, Object> formData) {
    }

    record Withdrawal(String reason) {
    }

    private static final List<String> OFFICER_ROLES = List.of(Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER,
            Roles.SUPERVISOR, Roles.ADMIN);

    private final DossierSubmission submission;
    private final ApplicantActions actions;
    private final DossierService dossiers;
    private final MessageSource messages;

    DossierApi(DossierSubmission submission, ApplicantActions actions, DossierService dossiers,
               MessageSource messages) {
        this.submission = submission;
        this.actions = actions;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "File a dossier online", description = "The same Idempotency-Key twice creates one dossier.")
    ResponseEntity<DossierView> submit(@RequestPart("dossier") SubmitDossier body,
                                       @Parameter(description = "Client-chosen key; repeats return the first dossier")
                                       @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                       MultipartHttpServletRequest request, Authentication user, Locale locale) {
        List<Violation> missing = new ArrayList<>();
        if (body.applicantName() == null || body.applicantName().isBlank()) {
            missing.add(Violation.of("applicantName", "dossier.error.required"));
        }
        if (body.applicantIdNumber() == null || !body.applicantIdNumber().strip().matches("[0-9A-Za-z]{9,13}")) {
            missing.add(Violation.of("applicantIdNumber", "dossier.error.idNumber"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
        Applicant applicant = new Applicant(user.getName(), body.applicantName().strip(),
                body.applicantIdNumber().strip(), body.applicantEmail(), body.applicantPhone(),
                body.applicantAddress());
        var result = submission.submit(new DossierSubmission.Request(body.procedureId(), applicant, body.subject(),
                body.formData(), files(request), key));
        DossierView view = view(result.dossier(), locale);
        return result.created()
                ? ResponseEntity.created(URI.create("/api/v1/dossiers/" + view.code())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping
    @Operation(summary = "My dossiers, newest first, one page at a time")
    ApiPage<DossierView> mine(@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
                              @Parameter(description = "items per page, at most " + ApiPage.MAX_SIZE)
                              @RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size,
                              Authentication user, Locale locale) {
        var found = dossiers.ofApplicant(user.getName(), ApiPage.page(page), ApiPage.size(size));
        return new ApiPage<>(found.getContent().stream().map(d -> view(d, locale)).toList(), found.getNumber(),
                found.getSize(), found.getTotalElements());
    }

    @GetMapping("/{code}")
    @Operation(summary = "A dossier's status, history (process control slip) and documents")
    DossierView get(@PathVariable String code, Authentication user, Locale locale) {
        return view(readable(code, user), locale);
    }

    @PostMapping(value = "/{code}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Answer the open supplement request with files and a note")
    DossierView supplement(@PathVariable String code, @RequestParam(name = "note", required = false) String note,
                           MultipartHttpServletRequest request, Authentication user, Locale locale) {
        return view(actions.supplement(code, user.getName(), note, files(request)), locale);
    }

    @PostMapping("/{code}/withdraw")
    @Operation(summary = "Withdraw the dossier (status 7)")
    DossierView withdraw(@PathVariable String code, @RequestBody(required = false) Withdrawal withdrawal,
                         Authentication user, Locale locale) {
        String reason = withdrawal == null ? null : withdrawal.reason();
        return view(actions.withdraw(code, user.getName(), reason), locale);
    }

    @GetMapping("/{code}/documents/{id}")
    @Operation(summary = "Download an issued document (PDF)")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long id, Authentication user) {
        var document = dossiers.readyDocument(readable(code, user), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.getType().toLowerCase(Locale.ROOT) + "-" + code + ".pdf").build().toString())
                .body(document.getContent());
    }

    @GetMapping("/{code}/attachments/{id}")
    @Operation(summary = "Download a filed attachment")
    ResponseEntity<byte[]> attachment(@PathVariable String code, @PathVariable long id, Authentication user) {
        Dossier dossier = readable(code, user);
        var meta = dossiers.attachments(dossier).stream().filter(a -> a.getId() == id).findFirst()
                .orElseThrow(() -> new DossierNotFoundException(code));
        // An API client downloads; the name is ours, the type and policy those of any applicant file.
        HttpHeaders headers = ApplicantFileHeaders.of("attachment-" + id + "." + FileTypes.extension(meta.getFileName()));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("attachment-" + id + "." + FileTypes.extension(meta.getFileName())).build());
        return ResponseEntity.ok().headers(headers).body(dossiers.attachmentContent(dossier, id));
    }

    /** The owner, or an officer; to anyone else the dossier does not exist. */
    private Dossier readable(String code, Authentication user) {
        Dossier dossier = dossiers.find(code).orElseThrow(() -> new DossierNotFoundException(code));
        boolean officer = UserGroups.of(user).stream().anyMatch(OFFICER_ROLES::contains);
        if (!officer && !dossier.isOwnedBy(user.getName())) {
            throw new DossierNotFoundException(code);
        }
        return dossier;
    }

    private DossierView view(Dossier dossier, Locale locale) {
        String label = messages.getMessage(dossier.getStatus().messageKey(), null, dossier.getStatus().name(), locale);
        return DossierView.of(dossier, label, dossiers.openSupplementRequest(dossier).orElse(null),
                dossiers.history(dossier), dossiers.documents(dossier), dossiers.attachments(dossier), dossiers.formData(dossier));
    }

    static List<UploadedFile> files(MultipartHttpServletRequest request) {
        List<UploadedFile> files = new ArrayList<>();
        request.getMultiFileMap().forEach((part, uploads) -> {
            if (!part.startsWith("files.")) {
                return;
            }
            String component = part.substring("files.".length());
            for (MultipartFile upload : uploads) {
                if (upload.isEmpty() && (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank())) {
                    continue;
                }
                files.add(new UploadedFile(component, UploadedFile.displayName(upload.getOriginalFilename()),
                        FileTypes.contentType(upload.getOriginalFilename()), bytes(upload)));
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
