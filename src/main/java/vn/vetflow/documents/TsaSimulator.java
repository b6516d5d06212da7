package vn.vetflow.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An RFC 3161 time-stamping service inside the application, for the demo and the tests only (like the
 * CSC simulator): it answers a time-stamp query over HTTP with a token signed by the demo TSA, whose
 * certificate the demo CA issued for time-stamping and which says "DEMO – không có giá trị pháp lý".
 * Its security chain admits loopback callers only. The time is the application's clock.
 */
@RestController
@Profile({"demo", "test"})
@ConditionalOnProperty(name = "vetflow.signing.demo-ca", havingValue = "true")
class TsaSimulator {

    static final String PATH = "/tsa-simulator/tsa";
    /** A policy identifier under the ITU-T/ISO "example" arc 2.999: a demo policy, no real one. */
    static final String DEMO_POLICY = "2.999.14.1";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DemoCertificateAuthority authority;
    private final Clock clock;

    TsaSimulator(DemoCertificateAuthority authority, Clock clock) {
        this.authority = authority;
        this.clock = clock;
    }

    @PostMapping(path = PATH, consumes = "application/timestamp-query", produces = "application/timestamp-reply")
    ResponseEntity<byte[]> stamp(@RequestBody byte[] query) throws IOException {
        TimeStampRequest request;
        try {
            request = new TimeStampRequest(query);
        } catch (IOException | IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
        try {
            LocalKey key = authority.timeStampingKey();
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key.privateKey(),
                            key.chain().get(0)),
                    // SHA-256 here makes the token carry ESS signing-certificate-v2.
                    new JcaDigestCalculatorProviderBuilder().build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier(DEMO_POLICY));
            tokens.addCertificates(new JcaCertStore(key.chain()));
            // Answers "rejection" for a hash algorithm Bouncy Castle does not list as allowed.
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
            byte[] reply = responses.generate(request, new BigInteger(64, RANDOM).abs(), Date.from(clock.instant()))
                    .getEncoded();
            return ResponseEntity.ok(reply);
        } catch (GeneralSecurityException | OperatorCreationException | TSPException e) {
            throw new IllegalStateException("The demo TSA cannot sign", e);
        }
    }
}
