package vn.vetflow.dossier;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document the agency issued for a dossier (forms 01–05 and the result). It is recorded inside the
 * step that issues it (number, fields, signer) and its PDF is rendered and signed after commit; until
 * then it has no content and is "being prepared".
 */
@Entity
@Table(name = "dossier_document")
public class DossierDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private String type;
    private String number;
    private String title;
    private int version;
    private Instant createdAt;
    private String fields;
    private String signerKey;
    private String signerName;
    private String verificationCode;
    private Instant renderedAt;
    private Instant signedAt;
    private String certificateSubject;
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected DossierDocument() {
    }

    DossierDocument(Long dossierId, NewDocument document, Instant createdAt, String fieldsJson,
                    String verificationCode) {
        this.dossierId = dossierId;
        this.type = document.type();
        this.number = document.number();
        this.title = document.title();
        this.version = document.version();
        this.signerKey = document.signerKey();
        this.signerName = document.signerName();
        this.createdAt = createdAt;
        this.fields = fieldsJson;
        this.verificationCode = verificationCode;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public String getType() { return type; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public int getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public String getFields() { return fields; }
    public String getSignerKey() { return signerKey; }
    public String getSignerName() { return signerName; }
    public String getVerificationCode() { return verificationCode; }
    public Instant getRenderedAt() { return renderedAt; }
    public Instant getSignedAt() { return signedAt; }
    public String getCertificateSubject() { return certificateSubject; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }

    /** True once the PDF exists; before that the document is being prepared. */
    public boolean isReady() {
        return renderedAt != null;
    }

    /** True when the stored PDF carries a verified digital signature. */
    public boolean isSigned() {
        return signedAt != null;
    }
}
