package vn.vetflow.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier module's public face: creating dossiers with their files, reading them, storing issued
 * documents and supplement requests. Status changes are the {@link Dossier} aggregate's own methods;
 * callers load, call and {@link #save}.
 */
@Service
@Transactional
public class DossierService {

    private final DossierRepository dossiers;
    private final DossierHistoryRepository historyEntries;
    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;
    private final DossierDocumentRepository documents;
    private final SupplementRequestRepository supplements;
    private final DossierCodeGenerator codes;
    private final NumberSequence numbers;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    DossierService(DossierRepository dossiers, DossierHistoryRepository historyEntries, AttachmentRepository attachments, AttachmentContentRepository contents,
                   DossierDocumentRepository documents, SupplementRequestRepository supplements,
                   DossierCodeGenerator codes, NumberSequence numbers, ObjectMapper json, Clock clock,
                   ApplicationEventPublisher events) {
        this.dossiers = dossiers;
        this.historyEntries = historyEntries;
        this.attachments = attachments;
        this.contents = contents;
        this.documents = documents;
        this.supplements = supplements;
        this.codes = codes;
        this.numbers = numbers;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** Creates the dossier and stores its files; the caller's transaction makes it all or nothing. */
    public Dossier create(NewDossier request) {
        Instant now = clock.instant();
        String code = codes.nextCode(request.agencyCode(), LocalDate.now(clock));
        Dossier dossier = dossiers.saveAndFlush(new Dossier(code, request, toJson(request.formData()), now));
        storeFiles(dossier, request.files(), request.applicant().username(), 0, now);
        return dossier;
    }

    /** Files sent with a supplement (round ≥ 1) or by an officer. */
    public List<Attachment> addFiles(Dossier dossier, List<UploadedFile> files, String username, int round) {
        return storeFiles(dossier, files, username, round, clock.instant());
    }

    private List<Attachment> storeFiles(Dossier dossier, List<UploadedFile> files, String username, int round,
                                        Instant at) {
        return files.stream().map(file -> {
            Attachment created = new Attachment(dossier.getId(), file.componentCode(),
                    file.fileName(), file.contentType(), file.content().length, sha256(file.content()), round, at,
                    username);
            // A file sent online is an electronic original; at the desk the officer says which are scans.
            created.digitised(dossier.getChannel() == Channel.ONLINE);
            Attachment attachment = attachments.save(created);
            contents.save(new AttachmentContent(attachment.getId(), file.content()));
            return attachment;
        }).toList();
    }

    /**
     * Stores the dossier's changes and publishes its events. A dossier this transaction holds is written once,
     * by the flush at commit, so only its events are published here: the repository would also merge it onto
     * itself, which walks every property and cascade for nothing (4 % of the request path's processor time,
     * issue 15). Any other dossier goes through the repository, which merges it and publishes its events.
     */
    public Dossier save(Dossier dossier) {
        if (!entityManager.contains(dossier)) {
            return dossiers.save(dossier);
        }
        dossier.takeEvents().forEach(events::publishEvent);
        return dossier;
    }

    public void linkProcess(Dossier dossier, String processInstanceId) {
        dossier.attachProcess(processInstanceId);
    }

    /** Every dossier's code with its national status code (1–10): what read models check themselves against. */
    @Transactional(readOnly = true)
    public Map<String, Integer> statusCodes() {
        Map<String, Integer> codes = new java.util.HashMap<>();
        for (Object[] row : dossiers.codesAndStatuses()) {
            codes.put((String) row[0], ((DossierStatus) row[1]).code());
        }
        return codes;
    }

    /**
     * The dossier by its code (its natural id): a dossier this transaction already holds comes back without
     * a statement, and pending changes are not flushed first. Otherwise one query by code, whose plan Hibernate
     * keeps: its natural-id loader would build and translate its SQL again on every call (6 % of the request
     * path's processor time, issue 15). Loading registers the code, so the next call finds it held.
     */
    @Transactional(readOnly = true)
    public Optional<Dossier> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        Object heldId = session.getPersistenceContextInternal().getNaturalIdResolutions()
                .findCachedIdByNaturalId(code, session.getFactory().getMappingMetamodel()
                        .getEntityDescriptor(Dossier.class));
        if (heldId != null) {
            return Optional.ofNullable(session.find(Dossier.class, heldId));
        }
        return entityManager.createQuery("select d from Dossier d where d.code = :code", Dossier.class)
                .setParameter("code", code)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList().stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Dossier get(String code) {
        return find(code).orElseThrow(() -> new DossierNotFoundException(code));
    }

    /**
     * Codes of the dossiers whose code, applicant name or procedure contains the text (case-insensitive),
     * at most {@code limit} of them, in one query.
     */
    @Transactional(readOnly = true)
    public List<String> searchCodes(String text, int limit) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return dossiers.searchCodes("%" + escaped + "%", PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public Optional<Dossier> findByIdempotencyKey(String username, String key) {
        return dossiers.findByApplicantUsernameAndIdempotencyKey(username, key);
    }

    /** Received dossiers still being handled (not decided, stopped or withdrawn) with an appointment on or after {@code from}. */
    public List<Dossier> runningWithAppointmentFrom(java.time.LocalDate from) {
        return dossiers.findRunningWithAppointmentFrom(from);
    }

    @Transactional(readOnly = true)
    public List<Dossier> ofApplicant(String username) {
        return dossiers.findByApplicantUsernameOrderBySubmittedAtDesc(username);
    }

    /** One page of the applicant's dossiers, newest first, with the total count. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Dossier> ofApplicant(String username, int page, int size) {
        return dossiers.findByApplicantUsernameOrderBySubmittedAtDesc(username,
                org.springframework.data.domain.PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(Dossier dossier) {
        return attachments.findByDossierIdOrderByIdAsc(dossier.getId());
    }

    @Transactional(readOnly = true)
    public byte[] attachmentContent(Dossier dossier, long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId)
                .filter(a -> a.getDossierId().equals(dossier.getId()))
                .orElseThrow(() -> new DossierNotFoundException(dossier.getCode()));
        return contents.findById(attachment.contentId()).map(AttachmentContent::getContent).orElseThrow();
    }

    /** The process control slip (form 06), oldest first. */
    @Transactional(readOnly = true)
    public List<DossierHistoryEntry> history(Dossier dossier) {
        return historyEntries.findByDossierIdOrderByAtAscIdAsc(dossier.getId());
    }

    /** The last line of the control slip: what a reaction to the latest change needs, without the rest. */
    @Transactional(readOnly = true)
    public Optional<DossierHistoryEntry> lastHistoryEntry(Dossier dossier) {
        return historyEntries.last(dossier.getId());
    }

    @Transactional(readOnly = true)
    public List<DocumentSummary> documents(Dossier dossier) {
        return documents.summaries(dossier.getId());
    }

    @Transactional(readOnly = true)
    public DossierDocument document(Dossier dossier, long documentId) {
        return documents.findById(documentId)
                .filter(d -> d.getDossierId().equals(dossier.getId()))
                .orElseThrow(() -> new DossierNotFoundException(dossier.getCode()));
    }

    /** The document with its PDF; {@link DocumentBeingPreparedException} while the PDF is being made. */
    @Transactional(readOnly = true)
    public DossierDocument readyDocument(Dossier dossier, long documentId) {
        DossierDocument document = document(dossier, documentId);
        if (!document.isReady()) {
            throw new DocumentBeingPreparedException(dossier.getCode(), documentId);
        }
        return document;
    }

    /** The next number of an issued document in its series for the year, e.g. 12 of "GCNĐKHĐ" in 2026. */
    public int nextDocumentNumber(String series, int year) {
        return numbers.next("document:" + series, Integer.toString(year));
    }

    public SupplementRequest openSupplementRequest(Dossier dossier, String step, String requestedBy, String text,
                                                   List<String> items, LocalDate dueOn) {
        return supplements.save(new SupplementRequest(dossier.getId(), dossier.getSupplementRounds(), step,
                clock.instant(), requestedBy, text, items, dueOn));
    }

    @Transactional(readOnly = true)
    public Optional<SupplementRequest> openSupplementRequest(Dossier dossier) {
        return supplements.findFirstByDossierIdAndAnsweredAtIsNullOrderByRoundDesc(dossier.getId());
    }

    public void answerSupplementRequest(SupplementRequest request, String note, LocalDate oldAppointment,
                                        LocalDate newAppointment) {
        request.answer(clock.instant(), note, oldAppointment, newAppointment);
        supplements.save(request);
    }

    @Transactional(readOnly = true)
    public List<SupplementRequest> supplementRequests(Dossier dossier) {
        return supplements.findByDossierIdOrderByRoundAsc(dossier.getId());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> formData(Dossier dossier) {
        try {
            return json.readValue(dossier.getFormData(), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored form data of " + dossier.getCode() + " is not JSON", e);
        }
    }

    private String toJson(Map<String, Object> formData) {
        try {
            return json.writeValueAsString(formData);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Form data cannot be written as JSON", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
