package vn.vetflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import vn.vetflow.payment.PaymentCallbackRejected.Reason;

/** The HMAC over the callback fields, and the simulated gateway's signed round trip. */
class CallbackSignatureTest {

    static final String SECRET = "khoa-bi-mat-dung-chung-cho-thu-nghiem";
    static final CallbackSigner SIGNER = new CallbackSigner(SECRET.getBytes(StandardCharsets.UTF_8));
    static final Instant NINE_FIVE = Instant.parse("2026-03-02T02:05:00Z"); // 09:05 in Hà Nội

    final SimulatedGateway gateway = new SimulatedGateway(SIGNER, Clock.fixed(NINE_FIVE, ZoneId.of("UTC")),
            new MockEnvironment().withProperty("spring.profiles.active", "test"));

    @Test
    void signsTheFieldsSortedByNameWithHmacSha256() throws Exception {
        Map<String, String> fields = callback();
        String joined = "amount=1500000&nonce=5f2b9c0d&orderId=a1b2c3&payDate=20260302090500"
                + "&responseCode=00&transactionNo=000000123456";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String byHand = HexFormat.of().formatHex(mac.doFinal(joined.getBytes(StandardCharsets.UTF_8)));

        assertThat(CallbackSigner.canonical(fields)).isEqualTo(joined);
        assertThat(SIGNER.sign(fields)).isEqualTo(byHand)
                // the same vector from `openssl dgst -sha256 -hmac`
                .isEqualTo("de99eecf7061b91b789ab8b2836f45ba7a95de686f27acbf91314c85ed91c1a4");
    }

    @Test
    void theOrderOfTheFieldsDoesNotMatter() {
        Map<String, String> inOrder = new LinkedHashMap<>(callback());
        Map<String, String> reversed = new LinkedHashMap<>();
        new TreeMap<>(inOrder).descendingMap().forEach(reversed::put);
        assertThat(SIGNER.sign(reversed)).isEqualTo(SIGNER.sign(inOrder));
        reversed.put(CallbackSigner.SIGNATURE, SIGNER.sign(inOrder));
        assertThat(SIGNER.verify(reversed)).isTrue();
    }

    @Test
    void valuesAreEncodedSoTheyCannotForgeASeparator() {
        Map<String, String> a = Map.of("a", "1&b=2");
        Map<String, String> b = Map.of("a", "1", "b", "2");
        assertThat(SIGNER.sign(a)).isNotEqualTo(SIGNER.sign(b));
        assertThat(CallbackSigner.canonical(Map.of("description", "Phí hồ sơ + lệ phí")))
                .isEqualTo("description=Ph%C3%AD%20h%E1%BB%93%20s%C6%A1%20%2B%20l%E1%BB%87%20ph%C3%AD");
    }

    @Test
    void aSignedCallbackVerifies() {
        Map<String, String> fields = signed(callback());
        VerifiedPayment payment = gateway.verify(fields);
        assertThat(payment).isEqualTo(new VerifiedPayment("a1b2c3", 1_500_000, "000000123456", "00", NINE_FIVE,
                "5f2b9c0d"));
        assertThat(payment.succeeded()).isTrue();
    }

    @Test
    void aTamperedAmountIsABadSignature() {
        Map<String, String> fields = signed(callback());
        fields.put("amount", "1");
        assertThatThrownBy(() -> gateway.verify(fields)).isInstanceOfSatisfying(PaymentCallbackRejected.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
    }

    @Test
    void aMissingFieldOrSignatureOrAnotherSecretIsABadSignature() {
        Map<String, String> noNonce = signed(callback());
        noNonce.remove("nonce");
        Map<String, String> unsigned = callback();
        Map<String, String> otherSecret = new LinkedHashMap<>(callback());
        otherSecret.put(CallbackSigner.SIGNATURE, new CallbackSigner("another-secret-another-secret-xx"
                .getBytes(StandardCharsets.UTF_8)).sign(callback()));
        Map<String, String> upperCase = signed(callback());
        upperCase.put(CallbackSigner.SIGNATURE, upperCase.get(CallbackSigner.SIGNATURE).toUpperCase());
        for (Map<String, String> fields : new Map[] {noNonce, unsigned, otherSecret, upperCase}) {
            assertThatThrownBy(() -> gateway.verify(fields)).isInstanceOfSatisfying(PaymentCallbackRejected.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
        }
    }

    @Test
    void theSimulatorTakesItsOwnSignedRequestAndAnswersWithASignedCallback() {
        PaymentOrder order = new PaymentOrder("0f0e0d0c", "000.00.01.H26-260302-0001", 1_500_000,
                "Thanh toán phí, lệ phí hồ sơ 000.00.01.H26-260302-0001", "/payments/callback");
        URI redirect = gateway.start(order).redirectUrl();
        assertThat(redirect.getPath()).isEqualTo("/payments/simulator/0f0e0d0c");

        Map<String, String> request = query(redirect);
        assertThat(request).containsEntry("description", order.description()).containsEntry("amount", "1500000");
        assertThat(gateway.request("0f0e0d0c", request)).isPresent();
        assertThat(gateway.request("ffffffff", request)).as("another order's page").isEmpty();
        Map<String, String> cheaper = new LinkedHashMap<>(request);
        cheaper.put("amount", "1000");
        assertThat(gateway.request("0f0e0d0c", cheaper)).isEmpty();

        URI paid = gateway.complete(gateway.request("0f0e0d0c", request).orElseThrow(), true);
        assertThat(paid.getPath()).isEqualTo("/payments/callback");
        VerifiedPayment payment = gateway.verify(query(paid));
        assertThat(payment.orderId()).isEqualTo("0f0e0d0c");
        assertThat(payment.amountVnd()).isEqualTo(1_500_000);
        assertThat(payment.payDate()).isEqualTo(NINE_FIVE);
        assertThat(payment.succeeded()).isTrue();
        assertThat(payment.transactionNo()).matches("\\d{12}");

        VerifiedPayment cancelled = gateway.verify(query(gateway.complete(request, false)));
        assertThat(cancelled.succeeded()).isFalse();
        assertThat(cancelled.nonce()).isNotEqualTo(payment.nonce());
    }

    static Map<String, String> callback() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orderId", "a1b2c3");
        fields.put("transactionNo", "000000123456");
        fields.put("amount", "1500000");
        fields.put("responseCode", "00");
        fields.put("payDate", "20260302090500");
        fields.put("nonce", "5f2b9c0d");
        return fields;
    }

    static Map<String, String> signed(Map<String, String> fields) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(CallbackSigner.SIGNATURE, SIGNER.sign(fields));
        return copy;
    }

    /** The query parameters as a servlet container decodes them. */
    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
