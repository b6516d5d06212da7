package vn.vetflow.documents;

/**
 * What to sign with and what the signature dictionary says.
 *
 * @param signerKey  whose key: an officer's login or "org:…" for the agency's seal
 * @param signerName the signer's full name (the certificate's common name for certificates vetflow issues)
 * @param reason     why, e.g. "Ký ban hành văn bản số 15/TN-SGDĐT"
 * @param location   where, e.g. "Lào Cai"
 */
public record SignatureRequest(String signerKey, String signerName, String reason, String location) {
}
