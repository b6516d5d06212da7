package vn.vetflow.portal.apply;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A component of a draft taken from the applicant's data store (an earlier dossier's digitised file). */
@Entity
@Table(name = "draft_reuse")
class DraftReuse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long draftId;
    private String componentCode;
    private Long attachmentId;
    private Instant chosenAt;

    protected DraftReuse() {
    }

    DraftReuse(Long draftId, String componentCode, Long attachmentId, Instant chosenAt) {
        this.draftId = draftId;
        this.componentCode = componentCode;
        this.attachmentId = attachmentId;
        this.chosenAt = chosenAt;
    }

    Long getDraftId() { return draftId; }
    String getComponentCode() { return componentCode; }
    Long getAttachmentId() { return attachmentId; }
}
