package vn.vetflow.documents;

import java.time.Instant;

/**
 * What the signature of a PDF says.
 *
 * @param status     VALID: intact, covers the whole file and chains to a trusted CA; INVALID: a signature
 *                   that does not verify (changed after signing, untrusted or broken); UNSIGNED: none
 * @param signerName the signing certificate's common name (null when unsigned)
 * @param signedAt   the signing time written in the signature (null when unsigned)
 * @param problem    why it is invalid, for logs and tests (null when valid)
 * @param timeStampedAt the time of the signature's RFC 3161 time-stamp (PAdES B-T), verified against the
 *                   signature value and a trusted chain; null when the signature has none
 */
public record Verification(Status status, String signerName, String certificateSubject, String issuerName,
                           Instant signedAt, String problem, Instant timeStampedAt) {

    public enum Status { VALID, INVALID, UNSIGNED }

    public boolean valid() {
        return status == Status.VALID;
    }

    static Verification unsigned() {
        return new Verification(Status.UNSIGNED, null, null, null, null, "no signature", null);
    }

    static Verification invalid(String problem) {
        return new Verification(Status.INVALID, null, null, null, null, problem, null);
    }
}
