package vn.vetflow.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Adds an RFC 3161 signature time-stamp (PAdES B-T) when a time-stamping service is configured: the
 * SHA-256 of the signature value is sent to the service over HTTP, and the token it returns becomes the
 * unsigned attribute id-aa-signatureTimeStampToken of the signer. Without a service the signature stays
 * baseline B-B. When the service is configured but fails, signing fails ("unavailable"): the document
 * stays being prepared and its preparation is retried, it is never called signed without its time-stamp.
 */
class TimeStamps {

    static final MediaType QUERY = MediaType.parseMediaType("application/timestamp-query");
    static final MediaType REPLY = MediaType.parseMediaType("application/timestamp-reply");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String url;
    private final boolean simulator;
    private final Duration timeout;
    private final RestClient.Builder builder;
    private final Environment environment;
    private volatile RestClient http;
    private volatile String address;

    TimeStamps(SigningProperties properties, RestClient.Builder builder, Environment environment) {
        this(properties.tsaUrl(), properties.tsaSimulator(), properties.tsaTimeout(), builder, environment);
    }

    TimeStamps(String url, boolean simulator, Duration timeout, RestClient.Builder builder, Environment environment) {
        this.url = url;
        this.simulator = simulator;
        this.timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        this.builder = builder;
        this.environment = environment;
    }

    /** No time-stamping: signatures stay PAdES B-B. */
    static TimeStamps none() {
        return new TimeStamps(null, false, null, null, null);
    }

    boolean configured() {
        return simulator || (url != null && !url.isBlank());
    }

    CMSSignedData addTo(CMSSignedData signed) {
        if (!configured()) {
            return signed;
        }
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        TimeStampToken token = stamp(sha256(signer.getSignature()));
        AttributeTable unsigned = signer.getUnsignedAttributes() == null
                ? new AttributeTable(new ASN1EncodableVector()) : signer.getUnsignedAttributes();
        unsigned = unsigned.add(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                token.toCMSSignedData().toASN1Structure());
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned);
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    /** Asks the service for a token over this SHA-256 imprint and checks that it answers this request. */
    TimeStampToken stamp(byte[] imprint) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, imprint,
                new BigInteger(64, RANDOM));
        try {
            byte[] reply = http().post().uri(address).contentType(QUERY).accept(REPLY).body(request.getEncoded())
                    .retrieve().body(byte[].class);
            if (reply == null) {
                throw new SigningUnavailableException("Empty answer from the time-stamping service");
            }
            TimeStampResponse response = new TimeStampResponse(reply);
            // Status granted, same imprint and nonce, the token's signature and its TSA certificate present.
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new SigningUnavailableException("The time-stamping service refused: "
                        + response.getStatusString());
            }
            return token;
        } catch (RestClientException | IOException e) {
            throw new SigningUnavailableException("The time-stamping service did not answer", e);
        } catch (TSPException e) {
            throw new SigningUnavailableException("The time-stamping service gave no valid token: "
                    + e.getMessage(), e);
        }
    }

    /** Built at first use: the simulator's address needs the port the server got at startup. */
    private RestClient http() {
        if (http == null) {
            address = simulator
                    ? "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + TsaSimulator.PATH
                    : url;
            SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
            requests.setConnectTimeout(timeout);
            requests.setReadTimeout(timeout);
            http = builder.clone().requestFactory(requests).build();
        }
        return http;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
