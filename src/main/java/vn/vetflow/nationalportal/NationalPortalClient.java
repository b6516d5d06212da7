package vn.vetflow.nationalportal;

/**
 * The port to the national portal: sends one status message. Returning normally means the portal
 * acknowledged it; any failure (unreachable, time-out, an error answer) is a {@link DeliveryFailedException}
 * and the message is sent again later with the same idempotency key.
 */
public interface NationalPortalClient {

    void send(String idempotencyKey, String messageJson) throws DeliveryFailedException;
}
