package vn.vetflow.documents;

import java.util.Optional;

/** One adapter of the signing port: finds a signer's key if it holds one. */
interface SigningKeySource {

    /** True when this adapter has (or, for the demo CA, issues) a key for the signer; no remote call. */
    boolean holds(String signerKey);

    Optional<SigningKey> key(String signerKey, String signerName);
}
