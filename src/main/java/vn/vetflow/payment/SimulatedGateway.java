package vn.vetflow.payment;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.vetflow.VetflowApplication;
import vn.vetflow.payment.PaymentCallbackRejected.Reason;

/**
 * The built-in gateway: it behaves like a real redirect gateway, but its payment page is our own
 * {@code /payments/simulator/{orderId}} and no money moves. Like a real gateway it keeps no state: the
 * order travels in the signed redirect URL, and the result goes back to the order's return URL as a
 * signed callback. A real gateway adapter replaces it ({@code vetflow.payment.gateway}).
 */
@Component
@ConditionalOnProperty(name = "vetflow.payment.gateway", havingValue = "simulator", matchIfMissing = true)
public class SimulatedGateway implements PaymentGateway {

    static final String PAGE = "/payments/simulator/";
    /** The response code of VNPay-style gateways when the payer cancels. */
    static final String CANCELLED = "24";
    static final List<String> REQUEST_FIELDS = List.of("orderId", "amount", "dossierCode", "description",
            "returnUrl", "createDate");
    static final List<String> CALLBACK_FIELDS = List.of("orderId", "amount", "transactionNo", "responseCode",
            "payDate", "nonce");

    private static final Logger log = LoggerFactory.getLogger(SimulatedGateway.class);
    private static final ZoneId ZONE = ZoneId.of(VetflowApplication.ZONE);
    private static final DateTimeFormatter GATEWAY_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final CallbackSigner signer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SimulatedGateway(CallbackSigner signer, Clock clock, Environment environment) {
        this.signer = signer;
        this.clock = clock;
        if (!environment.acceptsProfiles(Profiles.of("demo", "test"))) {
            log.warn("Payments go through the built-in simulated gateway: no money moves and any applicant can "
                    + "mark a fee as paid. Configure a real gateway adapter (vetflow.payment.gateway) for production.");
        }
    }

    @Override
    public PaymentRedirect start(PaymentOrder order) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orderId", order.orderId());
        fields.put("amount", Long.toString(order.amountVnd()));
        fields.put("dossierCode", order.dossierCode());
        fields.put("description", order.description());
        fields.put("returnUrl", order.returnUrl());
        fields.put("createDate", GATEWAY_TIME.format(LocalDateTime.ofInstant(clock.instant(), ZONE)));
        return new PaymentRedirect(URI.create(PAGE + order.orderId() + "?" + signedQuery(fields)));
    }

    @Override
    public VerifiedPayment verify(Map<String, String> callbackFields) {
        Map<String, String> fields = known(callbackFields, CALLBACK_FIELDS)
                .filter(signer::verify)
                .orElseThrow(() -> new PaymentCallbackRejected(Reason.BAD_SIGNATURE));
        try {
            long amount = Long.parseLong(fields.get("amount"));
            LocalDateTime payDate = LocalDateTime.parse(fields.get("payDate"), GATEWAY_TIME);
            return new VerifiedPayment(fields.get("orderId"), amount, fields.get("transactionNo"),
                    fields.get("responseCode"), payDate.atZone(ZONE).toInstant(), fields.get("nonce"));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new PaymentCallbackRejected(Reason.BAD_SIGNATURE);
        }
    }

    /** The payment request shown on the simulator's page, if it is complete, for this order and signed by us. */
    Optional<Map<String, String>> request(String orderId, Map<String, String> parameters) {
        return known(parameters, REQUEST_FIELDS)
                .filter(fields -> orderId.equals(fields.get("orderId")))
                .filter(signer::verify);
    }

    /** The payer decided: the browser goes to the order's return URL with the signed result. */
    URI complete(Map<String, String> request, boolean paid) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orderId", request.get("orderId"));
        fields.put("amount", request.get("amount"));
        fields.put("transactionNo", String.format("%012d", random.nextLong(1_000_000_000_000L)));
        fields.put("responseCode", paid ? VerifiedPayment.SUCCESS : CANCELLED);
        fields.put("payDate", GATEWAY_TIME.format(LocalDateTime.ofInstant(clock.instant(), ZONE)));
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        fields.put("nonce", HexFormat.of().formatHex(nonce));
        String returnUrl = request.get("returnUrl");
        return URI.create(returnUrl + (returnUrl.contains("?") ? "&" : "?") + signedQuery(fields));
    }

    private String signedQuery(Map<String, String> fields) {
        StringJoiner query = new StringJoiner("&");
        fields.forEach((name, value) -> query.add(name + "=" + CallbackSigner.encode(value)));
        query.add(CallbackSigner.SIGNATURE + "=" + signer.sign(fields));
        return query.toString();
    }

    /** Exactly the expected fields and the signature, all present; anything else is ignored. */
    private static Optional<Map<String, String>> known(Map<String, String> parameters, List<String> names) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : names) {
            String value = parameters.get(name);
            if (value == null) {
                return Optional.empty();
            }
            fields.put(name, value);
        }
        String signature = parameters.get(CallbackSigner.SIGNATURE);
        if (signature == null) {
            return Optional.empty();
        }
        fields.put(CallbackSigner.SIGNATURE, signature);
        return Optional.of(fields);
    }
}
