package vn.vetflow.payment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over a set of fields, as redirect gateways sign them: every field except
 * {@value #SIGNATURE}, sorted by name, joined as {@code name=value&name=value}, values URL-encoded (UTF-8,
 * space as {@code %20}) so that no value can contain a separator. The signature is lower-case hex.
 */
final class CallbackSigner {

    static final String SIGNATURE = "signature";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    CallbackSigner(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    String sign(Map<String, String> fields) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical(fields).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether the fields carry a valid signature over all the others; compared in constant time. */
    boolean verify(Map<String, String> fields) {
        String given = fields.get(SIGNATURE);
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(fields).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    static String canonical(Map<String, String> fields) {
        StringJoiner joined = new StringJoiner("&");
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!SIGNATURE.equals(name)) {
                joined.add(name + "=" + encode(value));
            }
        });
        return joined.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
