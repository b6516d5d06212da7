package vn.vetflow.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An officer's comment on a case, shown to the officers working it. Never changed. */
@Entity
@Table(name = "case_comment")
class CaseFileComment {

    static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_code")
    private String dossierCode;

    private Instant at;
    private String username;
    private String text;

    protected CaseFileComment() {
    }

    CaseFileComment(String dossierCode, Instant at, String username, String text) {
        this.dossierCode = dossierCode;
        this.at = at;
        this.username = username;
        this.text = text;
    }

    Long getId() { return id; }
    String getDossierCode() { return dossierCode; }
    Instant getAt() { return at; }
    String getUsername() { return username; }
    String getText() { return text; }
}
