package vn.vetflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail: who did what, when, from which address, to which dossier. Never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    static final int DETAIL_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;
    private String username;

    @Column(name = "client_address")
    private String clientAddress;

    private String action;

    @Column(name = "dossier_code")
    private String dossierCode;

    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, String username, String clientAddress, String action, String dossierCode, String detail) {
        this.at = at;
        this.username = username;
        this.clientAddress = clientAddress;
        this.action = action;
        this.dossierCode = dossierCode;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getUsername() { return username; }
    public String getClientAddress() { return clientAddress; }
    public String getAction() { return action; }
    public String getDossierCode() { return dossierCode; }
    public String getDetail() { return detail; }
}
