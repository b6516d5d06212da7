package vn.vetflow.payment;

/**
 * What the gateway is asked to collect.
 *
 * @param orderId     our random, unguessable order id (the gateway's merchant reference)
 * @param dossierCode the dossier the fee belongs to
 * @param amountVnd   the amount in đồng
 * @param description the text the gateway shows to the payer
 * @param returnUrl   where the gateway sends the browser back with the signed result (our callback)
 */
public record PaymentOrder(String orderId, String dossierCode, long amountVnd, String description,
                           String returnUrl) {
}
