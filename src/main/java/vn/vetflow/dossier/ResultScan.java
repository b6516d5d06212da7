package vn.vetflow.dossier;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The scan of a paper result handed over at the desk: with it, the dossier's result is digitised. */
@Entity
@Table(name = "result_scan")
class ResultScan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private Instant scannedAt;
    private String scannedBy;

    protected ResultScan() {
    }

    ResultScan(Long dossierId, UploadedFile file, Instant scannedAt, String scannedBy) {
        this.dossierId = dossierId;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.sha256 = DossierService.sha256(file.content());
        this.content = file.content();
        this.scannedAt = scannedAt;
        this.scannedBy = scannedBy;
    }

    Long getId() { return id; }
    Long getDossierId() { return dossierId; }
    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    long getSizeBytes() { return sizeBytes; }
    String getSha256() { return sha256; }
    byte[] getContent() { return content; }
    Instant getScannedAt() { return scannedAt; }
    String getScannedBy() { return scannedBy; }
}
