/**
 * Online payment of a dossier's fee through a redirect gateway (VNPay / Napas style): the applicant is
 * sent out to the gateway, the gateway sends a signed callback back (the browser's return and a
 * server-to-server IPN), and a verified success confirms the payment on the dossier exactly once.
 *
 * <p>Public API: {@link vn.vetflow.payment.PaymentService} (start a payment, handle a callback) and the
 * gateway port {@link vn.vetflow.payment.PaymentGateway} with its records. {@link
 * vn.vetflow.payment.SimulatedGateway} is the built-in gateway (property {@code vetflow.payment.gateway},
 * default {@code simulator}); a real gateway adapter replaces it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"dossier", "publicservice", "shared"})
package vn.vetflow.payment;
