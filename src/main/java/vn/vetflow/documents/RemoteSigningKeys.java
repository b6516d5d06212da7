package vn.vetflow.documents;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The remote signing adapter: the signer's key stays with a signing service that speaks the Cloud
 * Signature Consortium API (v1), as Vietnamese remote-signing services do. Only the hash travels:
 * {@code credentials/list} confirms the signer holds the configured credential, {@code credentials/info}
 * gives its certificate chain, {@code credentials/authorize} returns the Signature Activation Data (SAD)
 * for the one hash about to be signed, {@code signatures/signHash} signs that SHA-256 of the CMS signed
 * attributes with the SAD.
 */
class RemoteSigningKeys implements SigningKeySource {

    static final String SHA256 = "2.16.840.1.101.3.4.2.1";
    static final String RSA = "1.2.840.113549.1.1.1";

    private final SigningProperties.Remote remote;
    private final RestClient.Builder builder;
    private final Environment environment;
    private final Map<String, List<X509Certificate>> chains = new ConcurrentHashMap<>();
    private volatile RestClient http;

    RemoteSigningKeys(SigningProperties.Remote remote, RestClient.Builder builder, Environment environment) {
        this.remote = remote;
        this.builder = builder;
        this.environment = environment;
    }

    /** Built at first use: the simulator's address needs the port the server got at startup. */
    private RestClient http() {
        if (http == null) {
            String base = remote.simulator()
                    ? "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + CscSimulator.PATH
                    : remote.baseUrl();
            http = builder.clone().baseUrl(base.endsWith("/") ? base : base + "/")
                    .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + remote.token()).build();
        }
        return http;
    }

    @Override
    public boolean holds(String signerKey) {
        return remote.credentials().containsKey(signerKey);
    }

    @Override
    public Optional<SigningKey> key(String signerKey, String signerName) {
        String credential = remote.credentials().get(signerKey);
        if (credential == null) {
            return Optional.empty();
        }
        List<X509Certificate> chain = chains.computeIfAbsent(credential, id -> chain(signerKey, id));
        return Optional.of(new SigningKey() {
            @Override
            public List<X509Certificate> chain() {
                return chain;
            }

            @Override
            public byte[] signSha256(byte[] hash) {
                return signHash(credential, hash);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<X509Certificate> chain(String signerKey, String credential) {
        try {
            Map<String, Object> list = post("credentials/list", Map.of("userID", signerKey, "maxResults", 20));
            List<String> ids = (List<String>) list.getOrDefault("credentialIDs", List.of());
            if (!ids.contains(credential)) {
                throw new SigningUnavailableException("The signing service has no credential " + credential
                        + " for " + signerKey);
            }
            Map<String, Object> info = post("credentials/info", Map.of("credentialID", credential,
                    "certificates", "chain", "certInfo", true));
            Map<String, Object> cert = (Map<String, Object>) info.get("cert");
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return ((List<String>) cert.get("certificates")).stream().map(encoded -> {
                try {
                    return (X509Certificate) factory.generateCertificate(
                            new ByteArrayInputStream(Base64.getDecoder().decode(encoded)));
                } catch (GeneralSecurityException e) {
                    throw new SigningUnavailableException("Bad certificate from the signing service", e);
                }
            }).toList();
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof SigningUnavailableException unavailable) {
                throw unavailable;
            }
            throw new SigningUnavailableException("The signing service did not give the certificates", e);
        }
    }

    /**
     * Authorises the credential for this one hash ({@code credentials/authorize} gives the Signature
     * Activation Data), then has the hash signed with it, as the CSC API requires for every signature.
     */
    @SuppressWarnings("unchecked")
    private byte[] signHash(String credential, byte[] hash) {
        String encoded = Base64.getEncoder().encodeToString(hash);
        Map<String, Object> authorized = post("credentials/authorize", Map.of("credentialID", credential,
                "numSignatures", 1, "hash", List.of(encoded)));
        Object sad = authorized.get("SAD");
        if (sad == null) {
            throw new SigningUnavailableException("The signing service did not authorise " + credential);
        }
        Map<String, Object> answer = post("signatures/signHash", Map.of("credentialID", credential, "SAD", sad,
                "hash", List.of(encoded), "hashAlgo", SHA256, "signAlgo", RSA));
        List<String> signatures = (List<String>) answer.get("signatures");
        if (signatures == null || signatures.size() != 1) {
            throw new SigningUnavailableException("The signing service returned no signature");
        }
        return Base64.getDecoder().decode(signatures.get(0));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String path, Map<String, Object> body) {
        try {
            Map<String, Object> answer = http().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().body(Map.class);
            if (answer == null) {
                throw new SigningUnavailableException("Empty answer from the signing service to " + path);
            }
            return answer;
        } catch (RestClientException e) {
            throw new SigningUnavailableException("The signing service failed on " + path, e);
        }
    }
}
