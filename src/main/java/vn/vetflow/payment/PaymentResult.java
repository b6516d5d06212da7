package vn.vetflow.payment;

/**
 * A callback that was taken: the order is paid (and the dossier's payment confirmed) or cancelled.
 *
 * @param returnUrl where the applicant's browser goes next: their dossier page
 */
public record PaymentResult(String orderId, String dossierCode, boolean paid, String returnUrl) {
}
