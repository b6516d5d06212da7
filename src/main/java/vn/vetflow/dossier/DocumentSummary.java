package vn.vetflow.dossier;

import java.time.Instant;

/**
 * A document in a listing: everything but the PDF bytes. {@code ready} is false while the document is
 * being prepared; {@code signedAt} is set only when its PDF carries a verified signature.
 */
public record DocumentSummary(Long id, String type, String number, String title, Instant createdAt, int version,
                              Instant renderedAt, Instant signedAt, String signerName) {

    public boolean ready() {
        return renderedAt != null;
    }

    public boolean signed() {
        return signedAt != null;
    }
}
