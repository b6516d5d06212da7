package vn.vetflow.dossier;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document the agency issued for a dossier (forms 01–05 and the result), as a PDF. */
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
    private Instant createdAt;
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected DossierDocument() {
    }

    DossierDocument(Long dossierId, String type, String number, String title, Instant createdAt, String sha256,
                    byte[] content) {
        this.dossierId = dossierId;
        this.type = type;
        this.number = number;
        this.title = title;
        this.createdAt = createdAt;
        this.sha256 = sha256;
        this.content = content;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public String getType() { return type; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
}
