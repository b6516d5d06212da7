package vn.vetflow.payment;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.dossier.PaymentChannel;
import vn.vetflow.payment.PaymentCallbackRejected.Reason;
import vn.vetflow.publicservice.ApplicantActions;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;

/**
 * Pays a dossier's fee online: opens an order and sends the applicant to the gateway, then takes the
 * gateway's signed callback and, on success, confirms the payment on the dossier exactly once.
 */
@Service
public class PaymentService {

    /** The applicant's dossier page, where the browser lands after the gateway. */
    public static final String DOSSIER_PAGE = "/my/dossiers/";

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PaymentGateway gateway;
    private final ApplicantActions applicants;
    private final OrderRecords orders;
    private final CallbackNonces nonces;
    private final PaymentProperties properties;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    PaymentService(PaymentGateway gateway, ApplicantActions applicants, OrderRecords orders, CallbackNonces nonces,
                   PaymentProperties properties, MessageSource messages, Clock clock,
                   TransactionTemplate transaction) {
        this.gateway = gateway;
        this.applicants = applicants;
        this.orders = orders;
        this.nonces = nonces;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * Where to send the owner of a dossier that waits for payment: the gateway's page for the dossier's
     * open order, opened now if there is none (or it expired).
     *
     * @throws vn.vetflow.dossier.DossierNotFoundException no such dossier, or not the user's
     * @throws InvalidRequestException the dossier does not wait for payment
     */
    public URI startPayment(String dossierCode, String username) {
        OrderRecord order;
        try {
            order = transaction.execute(status -> openOrder(dossierCode, username));
        } catch (DataIntegrityViolationException e) {
            // Another click opened an order for this dossier at the same moment: use that one.
            order = transaction.execute(status -> openOrder(dossierCode, username));
        }
        String description = messages.getMessage("payment.order.description", new Object[] {dossierCode},
                VIETNAMESE);
        return gateway.start(new PaymentOrder(order.getOrderId(), dossierCode, order.getAmountVnd(), description,
                properties.returnUrl())).redirectUrl();
    }

    private OrderRecord openOrder(String dossierCode, String username) {
        Dossier dossier = applicants.own(dossierCode, username);
        if (dossier.getStatus() != DossierStatus.PAYMENT_REQUIRED || dossier.isPaid() || dossier.getFeeAmount() <= 0) {
            throw new InvalidRequestException(Violation.of("status", "payment.error.notAwaitingPayment"));
        }
        Instant now = clock.instant();
        Optional<OrderRecord> open = orders.findByOpenDossierCode(dossierCode);
        if (open.isPresent()) {
            OrderRecord order = open.get();
            if (!order.isExpiredAt(now) && order.getAmountVnd() == dossier.getFeeAmount()) {
                return order;
            }
            order.failed(null, now);
            orders.saveAndFlush(order);
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        return orders.saveAndFlush(new OrderRecord(HexFormat.of().formatHex(id), dossierCode, username,
                dossier.getFeeAmount(), now, now.plus(properties.orderValidity())));
    }

    /**
     * Takes a callback from the gateway (the browser's return or the server-to-server IPN). A success
     * marks the order paid and confirms the payment on the dossier, which wakes its process, in one
     * transaction; a cancellation closes the order and the dossier keeps waiting for payment.
     *
     * @throws PaymentCallbackRejected nothing changed; logged at WARN with the order id and the reason
     */
    public PaymentResult handleCallback(Map<String, String> fields) {
        try {
            VerifiedPayment payment = gateway.verify(fields);
            try {
                return transaction.execute(status -> settle(payment));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // A concurrent callback for this order committed first (same nonce, or the order row).
                Optional<OrderRecord> order = orders.findById(payment.orderId());
                if (order.isPresent() && !order.get().isPending()) {
                    throw new PaymentCallbackRejected(Reason.REPLAYED, order.get().getDossierCode());
                }
                throw e;
            }
        } catch (PaymentCallbackRejected e) {
            log.warn("Payment callback rejected: order {}, reason {}", loggable(fields.get("orderId")), e.reason());
            throw e;
        }
    }

    private PaymentResult settle(VerifiedPayment payment) {
        OrderRecord order = orders.lock(payment.orderId())
                .orElseThrow(() -> new PaymentCallbackRejected(Reason.UNKNOWN_ORDER));
        String dossierCode = order.getDossierCode();
        if (payment.amountVnd() != order.getAmountVnd()) {
            throw new PaymentCallbackRejected(Reason.AMOUNT_MISMATCH, dossierCode);
        }
        if (nonces.existsById(payment.nonce())) {
            throw new PaymentCallbackRejected(Reason.REPLAYED, dossierCode);
        }
        if (order.isExpiredAt(payment.payDate())) {
            throw new PaymentCallbackRejected(Reason.EXPIRED, dossierCode);
        }
        if (!order.isPending()) {
            throw new PaymentCallbackRejected(Reason.REPLAYED, dossierCode);
        }
        Instant now = clock.instant();
        nonces.saveAndFlush(new CallbackNonce(payment.nonce(), order.getOrderId(), now));
        if (!payment.succeeded()) {
            order.failed(payment.responseCode(), now);
            orders.saveAndFlush(order);
            return new PaymentResult(order.getOrderId(), dossierCode, false, DOSSIER_PAGE + dossierCode);
        }
        Dossier dossier = applicants.own(dossierCode, order.getApplicantUsername());
        if (dossier.getStatus() != DossierStatus.PAYMENT_REQUIRED && !dossier.isPaid()) {
            // Withdrawn or stopped while the applicant was at the gateway: the money must go back.
            throw new PaymentCallbackRejected(Reason.EXPIRED, dossierCode);
        }
        order.paid(payment.transactionNo(), payment.payDate(), now);
        orders.saveAndFlush(order);
        applicants.confirmPayment(dossierCode, order.getApplicantUsername(), PaymentChannel.PROVINCIAL_GATEWAY,
                payment.transactionNo());
        return new PaymentResult(order.getOrderId(), dossierCode, true, DOSSIER_PAGE + dossierCode);
    }

    /** Order ids come from outside: only a plain id goes into the log. */
    private static String loggable(String orderId) {
        return orderId != null && orderId.matches("[A-Za-z0-9]{1,64}") ? orderId : "(invalid)";
    }
}
