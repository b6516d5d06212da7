package vn.vetflow.portal.apply;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file uploaded into a draft, for one component of the procedure. */
@Entity
@Table(name = "draft_file")
class DraftFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long draftId;
    private String componentCode;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private byte[] content;
    private Instant uploadedAt;

    protected DraftFile() {
    }

    DraftFile(Long draftId, String componentCode, String fileName, String contentType, byte[] content,
              Instant uploadedAt) {
        this.draftId = draftId;
        this.componentCode = componentCode;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    Long getId() { return id; }
    Long getDraftId() { return draftId; }
    String getComponentCode() { return componentCode; }
    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    long getSizeBytes() { return sizeBytes; }
    byte[] getContent() { return content; }
}
