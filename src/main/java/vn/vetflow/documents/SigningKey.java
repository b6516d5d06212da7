package vn.vetflow.documents;

import java.security.cert.X509Certificate;
import java.util.List;

/** A signer's key wherever it lives: it signs a SHA-256 hash (RSA PKCS#1 v1.5) and shows its chain. */
interface SigningKey {

    /** The signer's certificate first, then its issuers. */
    List<X509Certificate> chain();

    /** The RSA signature of the DigestInfo of this SHA-256 hash, as SHA256withRSA would produce it. */
    byte[] signSha256(byte[] hash);
}
