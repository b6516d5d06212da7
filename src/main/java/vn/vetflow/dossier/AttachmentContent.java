package vn.vetflow.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The bytes of an attachment, apart from its metadata so that listings never load them. Its id is the
 * attachment's, assigned by us: {@link Persistable} tells the repository that a new one is new, so saving
 * it inserts at once instead of selecting first to decide between insert and merge.
 */
@Entity
@Table(name = "attachment_content")
class AttachmentContent implements Persistable<Long> {

    @Id
    private Long attachmentId;
    private byte[] content;

    @Transient
    private boolean stored;

    protected AttachmentContent() {
    }

    AttachmentContent(Long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }

    @Override
    public Long getId() {
        return attachmentId;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
