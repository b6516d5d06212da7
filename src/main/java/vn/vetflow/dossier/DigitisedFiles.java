package vn.vetflow.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digitisation and reuse (issue 17): files registered at the desk with their "digitised" mark, components
 * taken from the applicant's data store by reference, scans of paper results, and the data store itself
 * ("Kho dữ liệu của tôi": every digitised component and result of the applicant's dossiers).
 */
@Service
@Transactional
public class DigitisedFiles {

    /** Why a reuse was refused: the item is not the applicant's, not digitised, or unknown. */
    public static class NotReusableException extends RuntimeException {
        public NotReusableException(long attachmentId) {
            super("Attachment " + attachmentId + " cannot be reused here");
        }
    }

    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;
    private final ResultScanRepository scans;
    private final DossierDocumentRepository documents;
    private final DossierRepository dossiers;
    private final Clock clock;

    DigitisedFiles(AttachmentRepository attachments, AttachmentContentRepository contents, ResultScanRepository scans,
                   DossierDocumentRepository documents, DossierRepository dossiers, Clock clock) {
        this.attachments = attachments;
        this.contents = contents;
        this.scans = scans;
        this.documents = documents;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** Stores the component files brought to the desk; the caller's transaction makes it all or nothing. */
    public List<Attachment> addDeskFiles(Dossier dossier, List<DeskFile> files, String officer) {
        Instant now = clock.instant();
        List<Attachment> stored = new ArrayList<>();
        for (DeskFile deskFile : files) {
            UploadedFile file = deskFile.file();
            Attachment attachment = new Attachment(dossier.getId(), file.componentCode(), file.fileName(),
                    file.contentType(), file.content().length, DossierService.sha256(file.content()), 0, now, officer);
            attachment.digitised(deskFile.digitised());
            attachment = attachments.save(attachment);
            contents.save(new AttachmentContent(attachment.getId(), file.content()));
            stored.add(attachment);
        }
        if (!stored.isEmpty()) {
            dossier.componentsChanged(now);
        }
        return stored;
    }

    /**
     * Files a component of {@code dossier} with an item of its applicant's data store: a new attachment
     * that shares the original's bytes (same content hash) and says which dossier it came from.
     *
     * @throws NotReusableException when the item is not a digitised component of the same applicant
     */
    public Attachment reuse(Dossier dossier, String componentCode, long attachmentId, String by) {
        return reuse(dossier, componentCode, attachmentId, new Actor(by, "reception"));
    }

    /** As {@link #reuse(Dossier, String, long, String)}, by the applicant filing online or an officer at a step. */
    public Attachment reuse(Dossier dossier, String componentCode, long attachmentId, Actor actor) {
        String by = actor.username();
        Attachment original = attachments.findById(attachmentId)
                .filter(Attachment::isDigitised)
                .orElseThrow(() -> new NotReusableException(attachmentId));
        Long rootId = original.contentId();
        Attachment root = rootId.equals(original.getId()) ? original : attachments.findById(rootId).orElseThrow();
        Dossier source = dossiers.findById(root.getDossierId()).orElseThrow();
        if (!source.isOwnedBy(dossier.getApplicantUsername()) || source.getId().equals(dossier.getId())) {
            throw new NotReusableException(attachmentId);
        }
        Instant now = clock.instant();
        Attachment copy = new Attachment(dossier.getId(), componentCode, root.getFileName(), root.getContentType(),
                root.getSizeBytes(), root.getSha256(), 0, now, by);
        copy.digitised(true);
        copy.reusedFrom(source.getCode(), root.getId());
        dossier.note(actor, now, "COMPONENT_REUSED", componentCode + " ← " + source.getCode());
        dossier.componentsChanged(now);
        return attachments.save(copy);
    }

    /** The bytes of a reusable item, for the checks a new component file goes through (type, size). */
    @Transactional(readOnly = true)
    public Optional<StoreItem> component(String applicantUsername, long attachmentId) {
        return attachments.storeComponents(applicantUsername).stream()
                .filter(item -> item.id() == attachmentId).findFirst();
    }

    /** Stores the scan of the paper result handed over; the dossier's result is digitised from now on. */
    public void storeResultScan(Dossier dossier, UploadedFile scan, String officer) {
        Instant now = clock.instant();
        scans.save(new ResultScan(dossier.getId(), scan, now, officer));
        dossier.resultScanned(now);
    }

    @Transactional(readOnly = true)
    public boolean hasResultScan(Dossier dossier) {
        return !scans.findByDossierIdOrderByIdAsc(dossier.getId()).isEmpty();
    }

    /** The applicant's data store, newest first: digitised components, signed results, scanned results. */
    @Transactional(readOnly = true)
    public List<StoreItem> store(String applicantUsername) {
        List<StoreItem> items = new ArrayList<>(attachments.storeComponents(applicantUsername));
        for (Dossier dossier : dossiers.findByApplicantUsernameOrderBySubmittedAtDesc(applicantUsername)) {
            for (DocumentSummary document : documents.summaries(dossier.getId())) {
                if ("RESULT".equals(document.type()) && document.signed()) {
                    items.add(new StoreItem(StoreItem.RESULT, document.id(), dossier.getCode(),
                            dossier.getProcedureName(), null, document.title(), 0, null, document.signedAt()));
                }
            }
            for (ResultScan scan : scans.findByDossierIdOrderByIdAsc(dossier.getId())) {
                items.add(new StoreItem(StoreItem.RESULT_SCAN, scan.getId(), dossier.getCode(),
                        dossier.getProcedureName(), null, scan.getFileName(), scan.getSizeBytes(), scan.getSha256(),
                        scan.getScannedAt()));
            }
        }
        items.sort(Comparator.comparing(StoreItem::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return items;
    }

    /** A file of the applicant's store, only when it is theirs. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> storeFile(String applicantUsername, String kind, long id) {
        if (StoreItem.COMPONENT.equals(kind)) {
            return component(applicantUsername, id).flatMap(item -> contents.findById(id)
                    .map(content -> new StoredFile(item.fileName(), contentType(id), content.getContent())));
        }
        if (StoreItem.RESULT_SCAN.equals(kind)) {
            return scans.findById(id).filter(scan -> owned(scan.getDossierId(), applicantUsername))
                    .map(scan -> new StoredFile(scan.getFileName(), scan.getContentType(), scan.getContent()));
        }
        if (StoreItem.RESULT.equals(kind)) {
            return documents.findById(id).filter(d -> "RESULT".equals(d.getType()) && d.isReady())
                    .filter(d -> owned(d.getDossierId(), applicantUsername))
                    .map(d -> new StoredFile(d.getTitle() + ".pdf", "application/pdf", d.getContent()));
        }
        return Optional.empty();
    }

    /** A scan of the dossier's paper result, for officers' eyes (case file). */
    @Transactional(readOnly = true)
    public Optional<StoredFile> resultScan(Dossier dossier) {
        return scans.findByDossierIdOrderByIdAsc(dossier.getId()).stream().reduce((first, last) -> last)
                .map(scan -> new StoredFile(scan.getFileName(), scan.getContentType(), scan.getContent()));
    }

    /** A file to send back: its display name, media type and bytes. */
    public record StoredFile(String fileName, String contentType, byte[] content) {
    }

    private String contentType(long attachmentId) {
        return attachments.findById(attachmentId).map(Attachment::getContentType).orElse("application/octet-stream");
    }

    private boolean owned(Long dossierId, String applicantUsername) {
        return dossiers.findById(dossierId).map(d -> d.isOwnedBy(applicantUsername)).orElse(false);
    }
}
