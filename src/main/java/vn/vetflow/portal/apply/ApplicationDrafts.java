package vn.vetflow.portal.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.accounts.ApplicantAccounts;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.DigitisedFiles;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.StoreItem;
import vn.vetflow.dossier.UploadedFile;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.forms.FormSchema;
import vn.vetflow.forms.FormValidator;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.publicservice.FileTypes;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;

/**
 * Applications being prepared online: the procedure's form as typed (kept even when not yet valid), the
 * files per component, a review, and the submission that turns the draft into a dossier. The draft's id
 * is the submission's idempotency key, so a double click files one dossier.
 */
@Service
@Transactional
public class ApplicationDrafts {

    /** The lengths of application_draft.subject and .form_data. */
    static final int MAX_SUBJECT = 500;
    static final int MAX_FORM_DATA = 20000;

    private final ApplicationDraftRepository drafts;
    private final DraftFileRepository files;
    private final DraftReuseRepository reuses;
    private final DigitisedFiles digitised;
    private final ProcedureCatalogue catalogue;
    private final FormRegistry forms;
    private final FormValidator validator;
    private final DossierSubmission submission;
    private final ApplicantAccounts accounts;
    private final ProvinceClock clock;
    private final ObjectMapper json;

    ApplicationDrafts(ApplicationDraftRepository drafts, DraftFileRepository files, DraftReuseRepository reuses,
                      DigitisedFiles digitised, ProcedureCatalogue catalogue, FormRegistry forms,
                      FormValidator validator, DossierSubmission submission, ApplicantAccounts accounts,
                      ProvinceClock clock, ObjectMapper json) {
        this.drafts = drafts;
        this.files = files;
        this.reuses = reuses;
        this.digitised = digitised;
        this.catalogue = catalogue;
        this.forms = forms;
        this.validator = validator;
        this.submission = submission;
        this.accounts = accounts;
        this.clock = clock;
        this.json = json;
    }

    /** The applicant's latest draft for the procedure, or a new one. */
    public ApplicationDraft openFor(String username, String procedureId) {
        ProcedureVersion version = catalogue.currentVersion(procedureId, clock.today());
        return drafts.findFirstByUsernameAndProcedureIdOrderByUpdatedAtDesc(username, procedureId)
                .orElseGet(() -> drafts.save(new ApplicationDraft(username, procedureId,
                        "Đề nghị " + lowerFirst(version.name()), clock.now())));
    }

    @Transactional(readOnly = true)
    public ApplicationDraft own(long draftId, String username) {
        return drafts.findById(draftId).filter(d -> d.getUsername().equals(username))
                .orElseThrow(() -> new DraftNotFoundException(draftId));
    }

    @Transactional(readOnly = true)
    public List<ApplicationDraft> of(String username) {
        return drafts.findByUsernameOrderByUpdatedAtDesc(username);
    }

    public ProcedureVersion version(ApplicationDraft draft) {
        return catalogue.currentVersion(draft.getProcedureId(), clock.today());
    }

    public FormSchema schema(ApplicationDraft draft) {
        return forms.get(version(draft).applicationForm());
    }

    /** The values as typed, strings or lists of strings. */
    public Map<String, Object> values(ApplicationDraft draft) {
        try {
            return json.readValue(draft.getFormData(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return new LinkedHashMap<>();
        }
    }

    /** Keeps what was typed; answers what is still wrong with it (empty when it is complete and valid). */
    public List<Violation> saveForm(ApplicationDraft draft, String subject, Map<String, Object> typed) {
        String formData = write(typed);
        // Over a column's length nothing is saved: the applicant sees the limit and what they typed.
        List<Violation> tooLong = new ArrayList<>();
        if (subject != null && subject.strip().length() > MAX_SUBJECT) {
            tooLong.add(Violation.of("subject", "dossier.error.maxLength", MAX_SUBJECT));
        }
        if (formData.length() > MAX_FORM_DATA) {
            tooLong.add(Violation.of("form", "apply.error.formTooLong", MAX_FORM_DATA));
        }
        if (!tooLong.isEmpty()) {
            throw new InvalidRequestException(tooLong);
        }
        draft.update(subject == null ? null : subject.strip(), formData, clock.now());
        drafts.save(draft);
        return formViolations(draft);
    }

    public List<Violation> formViolations(ApplicationDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.getSubject() == null || draft.getSubject().isBlank()) {
            violations.add(Violation.of("subject", "dossier.error.required"));
        }
        validator.validate(schema(draft), values(draft)).errors().forEach(error ->
                violations.add(new Violation(error.field(), error.messageKey(), error.args())));
        return violations;
    }

    /** Adds a file for a component, checked by size and by content type; the name is kept for display only. */
    public Optional<Violation> addFile(ApplicationDraft draft, String componentCode, String originalName,
                                       byte[] content) {
        String name = UploadedFile.displayName(originalName);
        UploadedFile file = new UploadedFile(componentCode, name, FileTypes.contentType(name), content);
        Optional<Violation> problem = DossierSubmission.checkFile(version(draft), file);
        if (problem.isEmpty()) {
            // A file uploaded for a component replaces the data-store item chosen for it.
            reuses.deleteByDraftAndComponent(draft.getId(), componentCode);
            files.save(new DraftFile(draft.getId(), componentCode, name, file.contentType(), content,
                    clock.now()));
            draft.touch(clock.now());
        }
        return problem;
    }

    public void removeFile(ApplicationDraft draft, long fileId) {
        files.findById(fileId).filter(f -> f.getDraftId().equals(draft.getId())).ifPresent(files::delete);
    }

    @Transactional(readOnly = true)
    public List<DraftFileSummary> files(ApplicationDraft draft) {
        return files.summaries(draft.getId());
    }

    /**
     * Takes a component from the applicant's data store instead of uploading it: only their own digitised
     * component, of a type and size the component accepts. It replaces the files uploaded for the component.
     */
    public Optional<Violation> reuse(ApplicationDraft draft, String componentCode, long attachmentId) {
        Optional<Violation> problem = submission.checkReuse(version(draft), draft.getUsername(), componentCode,
                attachmentId);
        if (problem.isEmpty()) {
            files.findByDraftIdOrderByIdAsc(draft.getId()).stream()
                    .filter(f -> f.getComponentCode().equals(componentCode)).forEach(files::delete);
            reuses.deleteByDraftAndComponent(draft.getId(), componentCode);
            reuses.save(new DraftReuse(draft.getId(), componentCode, attachmentId, clock.now()));
            draft.touch(clock.now());
        }
        return problem;
    }

    public void removeReuse(ApplicationDraft draft, String componentCode) {
        reuses.deleteByDraftAndComponent(draft.getId(), componentCode);
    }

    /** The data-store items chosen for the draft's components, component code → item (still the applicant's). */
    @Transactional(readOnly = true)
    public Map<String, StoreItem> reused(ApplicationDraft draft) {
        Map<String, StoreItem> chosen = new LinkedHashMap<>();
        for (DraftReuse reuse : reuses.findByDraftIdOrderByComponentCodeAsc(draft.getId())) {
            digitised.component(draft.getUsername(), reuse.getAttachmentId())
                    .ifPresent(item -> chosen.put(reuse.getComponentCode(), item));
        }
        return chosen;
    }

    /**
     * For each component of the procedure, the applicant's digitised components that it accepts (by file type):
     * those filed earlier for the same component first, then the others, each newest first.
     */
    @Transactional(readOnly = true)
    public Map<String, List<StoreItem>> reusable(ApplicationDraft draft) {
        List<StoreItem> items = digitised.store(draft.getUsername()).stream().filter(StoreItem::reusable).toList();
        Map<String, List<StoreItem>> byComponent = new LinkedHashMap<>();
        for (DossierComponent component : version(draft).components()) {
            List<StoreItem> accepted = new ArrayList<>(items.stream()
                    .filter(item -> accepts(component, item.fileName())).toList());
            accepted.sort(java.util.Comparator.comparing(item -> !component.code().equals(item.componentCode())));
            byComponent.put(component.code(), accepted);
        }
        return byComponent;
    }

    private static boolean accepts(DossierComponent component, String fileName) {
        String extension = FileTypes.extension(fileName);
        return component.fileTypes().contains(extension)
                || ("jpeg".equals(extension) && component.fileTypes().contains("jpg"));
    }

    /** Required components without a file or a data-store item yet. */
    @Transactional(readOnly = true)
    public List<DossierComponent> missingComponents(ApplicationDraft draft) {
        List<String> present = new ArrayList<>(files(draft).stream().map(DraftFileSummary::componentCode).toList());
        present.addAll(reused(draft).keySet());
        return version(draft).components().stream()
                .filter(c -> c.required() && !present.contains(c.code())).toList();
    }

    /**
     * Files the dossier. Runs outside this service's transaction: the submission has its own, and a
     * failure must leave the draft as it was.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Dossier submit(long draftId, String username) {
        ApplicationDraft draft = own(draftId, username);
        List<UploadedFile> uploads = files.findByDraftIdOrderByIdAsc(draft.getId()).stream()
                .map(f -> new UploadedFile(f.getComponentCode(), f.getFileName(), f.getContentType(), f.getContent()))
                .toList();
        Map<String, Long> reused = new LinkedHashMap<>();
        reuses.findByDraftIdOrderByComponentCodeAsc(draft.getId())
                .forEach(r -> reused.put(r.getComponentCode(), r.getAttachmentId()));
        Dossier dossier = submission.submit(new DossierSubmission.Request(draft.getProcedureId(),
                accounts.asApplicant(username), draft.getSubject(), values(draft), uploads, reused,
                "draft-" + draft.getId())).dossier();
        delete(draft.getId(), username);
        return dossier;
    }

    public void delete(long draftId, String username) {
        drafts.findById(draftId).filter(d -> d.getUsername().equals(username)).ifPresent(d -> {
            files.deleteByDraft(d.getId());
            reuses.deleteByDraft(d.getId());
            drafts.delete(d);
        });
    }

    private String write(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(Violation.of("form", "dossier.error.notJson"));
        }
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
