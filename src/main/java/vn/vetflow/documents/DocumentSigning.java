package vn.vetflow.documents;

/**
 * The signing port: signs a rendered PDF as PAdES (baseline B-B, B-T when a time-stamping service is
 * configured) with the certificate of the given signer. Where the key lives is the adapters' business:
 * a local PKCS#12 keystore, a remote signing service (Cloud Signature Consortium API), or in the demo a
 * certificate issued by the demo CA.
 */
public interface DocumentSigning {

    /** True when a key for this signer is available, so the document may say it is signed. */
    boolean canSign(String signerKey);

    /**
     * Signs the PDF.
     *
     * @throws SigningUnavailableException when the signer has no key or the signing service fails
     *                                     (the caller retries later)
     */
    SignedPdf sign(byte[] pdf, SignatureRequest request);
}
