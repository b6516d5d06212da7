package vn.vetflow.documents;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where signers' keys are and which certificates the verification trusts.
 *
 * @param demoCa       profiles demo and test only: a demo CA created at first start issues a certificate
 *                     for every signer (stored in the database, never shipped); documents it signs carry
 *                     "DEMO – không có giá trị pháp lý" in the certificate names
 * @param keystores    PKCS#12 keystore per signer key (an officer's login, or "org:agency" for the seal)
 * @param trustAnchors PEM files of the CA certificates whose signatures count as valid (production)
 * @param remote       the remote signing service (Cloud Signature Consortium API), if any
 * @param tsaUrl       an RFC 3161 time-stamping service (HTTP): signatures become PAdES B-T (empty: B-B)
 * @param tsaSimulator demo and test only: time-stamp with the TSA simulator inside this application
 * @param tsaTimeout   how long to wait for the time-stamping service to connect and to answer; a failure
 *                     leaves the document being prepared and its preparation is retried
 */
@ConfigurationProperties(prefix = "vetflow.signing")
public record SigningProperties(@DefaultValue("false") boolean demoCa,
                                Map<String, Keystore> keystores,
                                List<String> trustAnchors,
                                Remote remote,
                                String tsaUrl,
                                @DefaultValue("false") boolean tsaSimulator,
                                @DefaultValue("10s") Duration tsaTimeout) {

    public SigningProperties {
        keystores = keystores == null ? Map.of() : Map.copyOf(keystores);
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
    }

    /** A PKCS#12 file (Spring resource location), its password and the key's alias (first key if empty). */
    public record Keystore(String location, String password, String alias) {
    }

    /**
     * @param baseUrl     the service's base address, ending in "/csc/v1"
     * @param simulator   demo and test only: use the simulator inside this application (no base URL)
     * @param token       the bearer token vetflow authenticates with
     * @param credentials signer key → the signer's credential ID at the service
     */
    public record Remote(String baseUrl, boolean simulator, String token, Map<String, String> credentials) {

        public Remote {
            credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
        }

        boolean configured() {
            return simulator || (baseUrl != null && !baseUrl.isBlank());
        }
    }
}
