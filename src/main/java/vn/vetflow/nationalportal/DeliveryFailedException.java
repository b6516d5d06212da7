package vn.vetflow.nationalportal;

/** The portal did not acknowledge a message; the text is shown to operators as the row's last error. */
public class DeliveryFailedException extends Exception {

    public DeliveryFailedException(String message) {
        super(message);
    }

    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
