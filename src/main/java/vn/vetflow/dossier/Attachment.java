package vn.vetflow.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Metadata of a file filed for a dossier component; the bytes live in {@code attachment_content}. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private String componentCode;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private int supplementRound;
    private Instant uploadedAt;
    private String uploadedBy;
    /** An electronic file: uploaded online or scanned at the desk (issue 17; counted by Decision 766). */
    private boolean digitised;
    /** The dossier (code) this file was taken from in the applicant's data store, or null. */
    private String reusedFromDossier;
    /** The attachment whose stored bytes this one shares, or null when it has its own. */
    private Long reusedFromAttachment;

    protected Attachment() {
    }

    Attachment(Long dossierId, String componentCode, String fileName, String contentType, long sizeBytes,
               String sha256, int supplementRound, Instant uploadedAt, String uploadedBy) {
        this.dossierId = dossierId;
        this.componentCode = componentCode;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.supplementRound = supplementRound;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    void digitised(boolean digitised) {
        this.digitised = digitised;
    }

    void reusedFrom(String dossierCode, Long attachmentId) {
        this.reusedFromDossier = dossierCode;
        this.reusedFromAttachment = attachmentId;
    }

    /** The attachment that holds the bytes: this one, or the one it was reused from. */
    Long contentId() {
        return reusedFromAttachment != null ? reusedFromAttachment : id;
    }

    public boolean isDigitised() { return digitised; }
    public String getReusedFromDossier() { return reusedFromDossier; }
    public Long getReusedFromAttachment() { return reusedFromAttachment; }
    public boolean isReused() { return reusedFromDossier != null; }
    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public String getComponentCode() { return componentCode; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public int getSupplementRound() { return supplementRound; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
}
