package vn.vetflow.documents;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.vetflow.identity.Officers;

/**
 * A remote signing service inside the application, for the demo and the tests only: the Cloud Signature
 * Consortium API v1 subset vetflow uses (credentials/list, credentials/info, credentials/authorize,
 * signatures/signHash), with
 * keys certified by the demo CA ("DEMO – không có giá trị pháp lý"). A user's credential is
 * {@code "cred-" + userID}; calls need the configured bearer token. It signs only hashes, never sees
 * the document, exactly like a provider's service.
 */
@RestController
@RequestMapping(CscSimulator.PATH)
@Profile({"demo", "test"})
@ConditionalOnProperty(name = "vetflow.signing.demo-ca", havingValue = "true")
class CscSimulator {

    static final String PATH = "/csc-simulator/csc/v1";
    private static final Duration SAD_LIFETIME = Duration.ofMinutes(5);

    private final DemoCertificateAuthority authority;
    private final Officers officers;
    private final String token;
    /** Outstanding Signature Activation Data; in memory, like the simulator itself (demo and test only). */
    private final Map<String, Authorisation> authorisations = new ConcurrentHashMap<>();

    CscSimulator(DemoCertificateAuthority authority, Officers officers,
                 @Value("${vetflow.signing.remote.token:}") String token) {
        this.authority = authority;
        this.officers = officers;
        this.token = token;
    }

    @PostMapping("/credentials/list")
    Map<String, Object> list(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                             @RequestBody Map<String, Object> body) {
        check(auth);
        return Map.of("credentialIDs", List.of("cred-" + text(body, "userID")));
    }

    @PostMapping("/credentials/info")
    Map<String, Object> info(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                             @RequestBody Map<String, Object> body) throws GeneralSecurityException {
        check(auth);
        LocalKey key = key(text(body, "credentialID"));
        List<String> certificates = new ArrayList<>();
        for (X509Certificate certificate : key.chain()) {
            certificates.add(Base64.getEncoder().encodeToString(certificate.getEncoded()));
        }
        return Map.of("key", Map.of("status", "enabled", "algo", List.of(RemoteSigningKeys.RSA), "len", 2048),
                "cert", Map.of("status", "valid", "certificates", certificates,
                        "subjectDN", key.chain().get(0).getSubjectX500Principal().getName()));
    }

    /**
     * Gives Signature Activation Data for the listed hashes of one credential: single use, valid for a few
     * minutes, good only for exactly those hashes. (A provider would first confirm the signer, e.g. by an
     * OTP on their phone; the simulator authorises on the caller's token alone.)
     */
    @PostMapping("/credentials/authorize")
    Map<String, Object> authorize(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                  @RequestBody Map<String, Object> body) {
        check(auth);
        String credential = text(body, "credentialID");
        key(credential);
        List<String> hashes = hashes(body);
        Object count = body.get("numSignatures");
        if (!(count instanceof Number number) || number.intValue() != hashes.size()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "numSignatures must match the hashes");
        }
        expireOldAuthorisations();
        String sad = UUID.randomUUID().toString();
        authorisations.put(sad, new Authorisation(credential, Set.copyOf(hashes), Instant.now().plus(SAD_LIFETIME)));
        return Map.of("SAD", sad, "expiresIn", SAD_LIFETIME.toSeconds());
    }

    @PostMapping("/signatures/signHash")
    Map<String, Object> signHash(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                 @RequestBody Map<String, Object> body) {
        check(auth);
        if (!RemoteSigningKeys.SHA256.equals(body.get("hashAlgo")) || !RemoteSigningKeys.RSA.equals(body.get("signAlgo"))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "only SHA-256 with RSA");
        }
        String credential = text(body, "credentialID");
        LocalKey key = key(credential);
        List<String> hashes = hashes(body);
        Authorisation authorisation = authorisations.remove(text(body, "SAD"));
        if (authorisation == null || !authorisation.credential().equals(credential)
                || authorisation.expiresAt().isBefore(Instant.now()) || !authorisation.hashes().containsAll(hashes)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid_request: SAD not valid for these hashes");
        }
        List<String> signatures = new ArrayList<>();
        for (Object hash : hashes) {
            signatures.add(Base64.getEncoder().encodeToString(
                    LocalKey.signHash(key.privateKey(), Base64.getDecoder().decode(hash.toString()))));
        }
        return Map.of("signatures", signatures);
    }

    /** What one SAD allows: these hashes, with this credential, until then. */
    private record Authorisation(String credential, Set<String> hashes, Instant expiresAt) {
    }

    private static List<String> hashes(Map<String, Object> body) {
        if (!(body.get("hash") instanceof List<?> list) || list.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "missing hash");
        }
        return list.stream().map(Object::toString).toList();
    }

    private void expireOldAuthorisations() {
        Instant now = Instant.now();
        authorisations.values().removeIf(authorisation -> authorisation.expiresAt().isBefore(now));
    }

    private LocalKey key(String credential) {
        if (credential == null || !credential.startsWith("cred-")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown credential");
        }
        String user = credential.substring("cred-".length());
        return (LocalKey) authority.key("remote:" + user, officers.fullName(user)).orElseThrow();
    }

    private void check(String authorization) {
        if (token.isBlank() || !("Bearer " + token).equals(authorization)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "invalid token");
        }
    }

    private static String text(Map<String, Object> body, String key) {
        Object value = body.get(key);
        if (value == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "missing " + key);
        }
        return value.toString();
    }
}
