package vn.vetflow.portal.apply;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An application being prepared: what the applicant typed so far, kept between visits. */
@Entity
@Table(name = "application_draft")
public class ApplicationDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String procedureId;
    private String subject;
    private String formData;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected ApplicationDraft() {
    }

    ApplicationDraft(String username, String procedureId, String subject, Instant now) {
        this.username = username;
        this.procedureId = procedureId;
        this.subject = subject;
        this.formData = "{}";
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(String subject, String formData, Instant now) {
        this.subject = subject;
        this.formData = formData;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getProcedureId() { return procedureId; }
    public String getSubject() { return subject; }
    public String getFormData() { return formData; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
