package vn.vetflow.publicservice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureNotFoundException;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Applicant;
import vn.vetflow.dossier.Channel;
import vn.vetflow.dossier.DigitisedFiles;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.NewDossier;
import vn.vetflow.dossier.UploadedFile;
import vn.vetflow.forms.FieldError;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.forms.FormSubmission;
import vn.vetflow.forms.FormValidator;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;

/**
 * Files a dossier online: checks the request against the procedure version in force today (its form,
 * its components and their files), then creates the dossier, stores the files and starts the process in
 * one transaction, so a dossier is never half-created. The same idempotency key twice gives one dossier.
 */
@Service
public class DossierSubmission {

    /**
     * What an applicant sends. {@code reused}: component code → attachment id of a digitised component in the
     * applicant's data store, filed by reference instead of a file.
     */
    public record Request(String procedureId, Applicant applicant, String subject, Map<String, ?> formData,
                          List<UploadedFile> files, Map<String, Long> reused, String idempotencyKey) {

        public Request {
            reused = reused == null ? Map.of() : Map.copyOf(reused);
        }

        /** A request with files only (the API and the demo). */
        public Request(String procedureId, Applicant applicant, String subject, Map<String, ?> formData,
                       List<UploadedFile> files, String idempotencyKey) {
            this(procedureId, applicant, subject, formData, files, Map.of(), idempotencyKey);
        }
    }

    /** The dossier, and whether this call created it (false: an earlier call with the same key did). */
    public record Result(Dossier dossier, boolean created) {
    }

    /** The idempotency_key column's length. */
    static final int MAX_KEY = 100;

    private final ProcedureCatalogue catalogue;
    private final FormRegistry forms;
    private final FormValidator validator;
    private final DossierService dossiers;
    private final PublicServiceProcess process;
    private final ProvinceClock clock;
    private final TransactionTemplate transaction;
    private final DigitisedFiles digitised;

    DossierSubmission(ProcedureCatalogue catalogue, FormRegistry forms, FormValidator validator,
                      DossierService dossiers, PublicServiceProcess process, ProvinceClock clock,
                      TransactionTemplate transaction, DigitisedFiles digitised) {
        this.digitised = digitised;
        this.catalogue = catalogue;
        this.forms = forms;
        this.validator = validator;
        this.dossiers = dossiers;
        this.process = process;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * Checks the request (form, components, files) outside any transaction, then looks the key up and files
     * in one transaction: no pooled connection waits on the file checks, and one commit files the dossier.
     * A repeated key answers with the earlier dossier, even when the request would no longer pass the checks.
     */
    public Result submit(Request request) {
        String key = blankToNull(request.idempotencyKey());
        if (key != null && key.length() > MAX_KEY) {
            throw new InvalidRequestException(Violation.of("Idempotency-Key", "dossier.error.maxLength", MAX_KEY));
        }
        Filing filing;
        try {
            filing = checked(request, key);
        } catch (InvalidRequestException invalid) {
            if (key != null) {
                var earlier = dossiers.findByIdempotencyKey(request.applicant().username(), key);
                if (earlier.isPresent()) {
                    return new Result(earlier.get(), false);
                }
            }
            throw invalid;
        }
        try {
            return transaction.execute(status -> {
                if (key != null) {
                    var earlier = dossiers.findByIdempotencyKey(request.applicant().username(), key);
                    if (earlier.isPresent()) {
                        return new Result(earlier.get(), false);
                    }
                }
                Dossier dossier = dossiers.create(filing.dossier());
                request.reused().forEach((component, attachmentId) -> digitised.reuse(dossier, component,
                        attachmentId, new Actor(request.applicant().username(), null)));
                dossiers.linkProcess(dossier, process.start(dossier, filing.version()));
                return new Result(dossiers.save(dossier), true);
            });
        } catch (DataIntegrityViolationException sameKeyAtOnce) {
            // Two requests with one key raced; the unique constraint let one through. Answer with it.
            if (key == null) {
                throw sameKeyAtOnce;
            }
            return dossiers.findByIdempotencyKey(request.applicant().username(), key)
                    .map(existing -> new Result(existing, false))
                    .orElseThrow(() -> sameKeyAtOnce);
        }
    }

    /** A checked request: the dossier to create and the procedure version it starts with. */
    private record Filing(NewDossier dossier, ProcedureVersion version) {
    }

    /** The request against the procedure version in force today; every violation at once. */
    private Filing checked(Request request, String key) {
        ProcedureVersion version = versionInForce(request.procedureId());
        FormSubmission form = validator.validate(forms.get(version.applicationForm()),
                request.formData() == null ? Map.of() : request.formData());
        List<Violation> violations = new ArrayList<>();
        if (request.subject() == null || request.subject().isBlank()) {
            violations.add(Violation.of("subject", "dossier.error.required"));
        } else if (request.subject().length() > 500) {
            violations.add(Violation.of("subject", "dossier.error.maxLength", 500));
        }
        applicantTooLong(request.applicant(), violations);
        for (FieldError error : form.errors()) {
            violations.add(new Violation("formData." + error.field(), "forms.error." + error.code(), error.args()));
        }
        violations.addAll(checkFiles(version, request.files(), request.reused().keySet()));
        request.reused().forEach((component, attachmentId) ->
                checkReuse(version, request.applicant().username(), component, attachmentId)
                        .ifPresent(violations::add));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Filing(new NewDossier(version.procedureId(), version.version(), version.name(),
                version.agencyCode(), request.applicant(), request.subject().strip(), Channel.ONLINE,
                version.totalFeeVnd(), form.values(), request.files(), key), version);
    }

    /** The applicant's particulars within their columns' lengths (dossier table), named in the answer. */
    private static void applicantTooLong(Applicant applicant, List<Violation> violations) {
        maxLength("applicantName", applicant.name(), 300, violations);
        maxLength("applicantIdNumber", applicant.idNumber(), 30, violations);
        maxLength("applicantEmail", applicant.email(), 200, violations);
        maxLength("applicantPhone", applicant.phone(), 30, violations);
        maxLength("applicantAddress", applicant.address(), 500, violations);
    }

    private static void maxLength(String field, String value, int max, List<Violation> violations) {
        if (value != null && value.length() > max) {
            violations.add(Violation.of(field, "dossier.error.maxLength", max));
        }
    }

    private ProcedureVersion versionInForce(String procedureId) {
        try {
            return catalogue.currentVersion(procedureId, clock.today());
        } catch (ProcedureNotFoundException e) {
            throw new InvalidRequestException(Violation.of("procedureId", "dossier.error.unknownProcedure",
                    String.valueOf(procedureId)));
        }
    }

    /** Every required component has a file; every file belongs to a component and has its type and size. */
    public static List<Violation> checkFiles(ProcedureVersion version, List<UploadedFile> files) {
        return checkFiles(version, files, java.util.Set.of());
    }

    /** As {@link #checkFiles(ProcedureVersion, List)}, a component taken from the data store counting as present. */
    public static List<Violation> checkFiles(ProcedureVersion version, List<UploadedFile> files,
                                             java.util.Set<String> reusedComponents) {
        List<Violation> violations = new ArrayList<>();
        for (DossierComponent component : version.components()) {
            boolean present = reusedComponents.contains(component.code())
                    || files.stream().anyMatch(f -> f.componentCode().equals(component.code()));
            if (component.required() && !present) {
                violations.add(Violation.of("files." + component.code(), "dossier.error.missingComponent",
                        component.name()));
            }
        }
        for (UploadedFile file : files) {
            checkFile(version, file).ifPresent(violations::add);
        }
        return violations;
    }

    /** One file against its component: known component, not empty, size, type from the content. */
    public static java.util.Optional<Violation> checkFile(ProcedureVersion version, UploadedFile file) {
        String field = "files." + file.componentCode();
        var component = version.component(file.componentCode());
        if (component.isEmpty()) {
            return java.util.Optional.of(Violation.of(field, "dossier.error.unknownComponent", file.componentCode()));
        }
        if (file.content().length == 0) {
            return java.util.Optional.of(Violation.of(field, "dossier.error.emptyFile", file.fileName()));
        }
        if (file.content().length > component.get().maxSizeMb() * 1024L * 1024L) {
            return java.util.Optional.of(Violation.of(field, "dossier.error.fileTooLarge", file.fileName(),
                    component.get().maxSizeMb()));
        }
        if (!FileTypes.matches(file.content(), file.fileName(), component.get().fileTypes())) {
            return java.util.Optional.of(Violation.of(field, "dossier.error.fileType", file.fileName(),
                    String.join(", ", component.get().fileTypes())));
        }
        return FileContentCheck.refusal(file.content(), FileTypes.extension(file.fileName()))
                .map(reason -> Violation.of(field, reason, file.fileName()));
    }

    /**
     * A data-store item for a component: a component of this procedure, an item of this applicant's own store
     * (another applicant's id is refused as unknown), of a type and size the component accepts.
     */
    public java.util.Optional<Violation> checkReuse(ProcedureVersion version, String applicantUsername,
                                                    String componentCode, long attachmentId) {
        String field = "files." + componentCode;
        var component = version.component(componentCode);
        if (component.isEmpty()) {
            return java.util.Optional.of(Violation.of(field, "dossier.error.unknownComponent", componentCode));
        }
        var item = digitised.component(applicantUsername, attachmentId);
        if (item.isEmpty()) {
            return java.util.Optional.of(Violation.of(field, "apply.error.notReusable"));
        }
        if (item.get().sizeBytes() > component.get().maxSizeMb() * 1024L * 1024L) {
            return java.util.Optional.of(Violation.of(field, "dossier.error.fileTooLarge", item.get().fileName(),
                    component.get().maxSizeMb()));
        }
        String extension = FileTypes.extension(item.get().fileName());
        List<String> allowed = component.get().fileTypes();
        if (!allowed.contains(extension) && !("jpeg".equals(extension) && allowed.contains("jpg"))) {
            return java.util.Optional.of(Violation.of(field, "dossier.error.fileType", item.get().fileName(),
                    String.join(", ", component.get().fileTypes())));
        }
        return java.util.Optional.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
