package vn.vetflow.nationalportal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.vetflow.nationalportal.HttpNationalPortalClient.PortalCredentials;

/**
 * The simulated portal's status endpoint, as the real one would be called: HTTP Basic with the sync's
 * credentials, an {@code Idempotency-Key} header and the status message as JSON.
 */
@RestController
@Profile({"demo", "test", "cluster-test"})
class PortalSimulatorApi {

    static final String PATH = "/national-portal-simulator/api/statuses";

    private final PortalSimulator simulator;
    private final byte[] expectedAuthorization;

    PortalSimulatorApi(PortalSimulator simulator, PortalCredentials credentials) {
        this.simulator = simulator;
        this.expectedAuthorization = credentials.basicAuthorization().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> receive(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestHeader(name = HttpNationalPortalClient.IDEMPOTENCY_KEY, required = false) String key,
            @RequestBody JsonNode message) throws InterruptedException {
        if (authorization == null || !MessageDigest.isEqual(expectedAuthorization,
                authorization.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthorized"));
        }
        if (key == null || key.isBlank() || !message.hasNonNull("dossierCode") || !message.hasNonNull("seq")
                || !message.hasNonNull("status")) {
            return ResponseEntity.badRequest().body(Map.of("error", "Idempotency-Key, dossierCode, seq, status required"));
        }
        PortalSimulator.Answer answer = simulator.receive(key, message.get("dossierCode").asText(),
                message.get("seq").asInt(), message.get("status").asInt());
        if (answer == PortalSimulator.Answer.UNAVAILABLE) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "portal down (simulated)"));
        }
        return ResponseEntity.ok(Map.of("result", answer.name()));
    }
}
