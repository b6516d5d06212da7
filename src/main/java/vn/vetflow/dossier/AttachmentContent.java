package vn.vetflow.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, apart from its metadata so that listings never load them. */
@Entity
@Table(name = "attachment_content")
class AttachmentContent {

    @Id
    private Long attachmentId;
    private byte[] content;

    protected AttachmentContent() {
    }

    AttachmentContent(Long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
