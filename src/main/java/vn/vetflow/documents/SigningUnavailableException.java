package vn.vetflow.documents;

/** No key for the signer, or the signing service did not answer; signing is to be retried later. */
public class SigningUnavailableException extends RuntimeException {

    public SigningUnavailableException(String message) {
        super(message);
    }

    public SigningUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
