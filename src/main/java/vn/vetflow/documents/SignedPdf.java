package vn.vetflow.documents;

import java.time.Instant;

/** A signed PDF, the signing time written into it and the subject of the signing certificate. */
public record SignedPdf(byte[] content, Instant signedAt, String certificateSubject) {
}
