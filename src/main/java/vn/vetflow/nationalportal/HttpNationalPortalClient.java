package vn.vetflow.nationalportal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * The national portal over HTTP: one POST of the message as JSON per status, with HTTP Basic credentials
 * and the header {@code Idempotency-Key}, so a message sent again (after a time-out or a crash before the
 * acknowledgement was recorded) is recognised by the portal instead of counted twice.
 */
class HttpNationalPortalClient implements NationalPortalClient {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final HttpClient http;
    private final Supplier<URI> endpoint;
    private final String authorization;
    private final Duration readTimeout;

    HttpNationalPortalClient(Supplier<URI> endpoint, PortalCredentials credentials, Duration connectTimeout,
                             Duration readTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.endpoint = endpoint;
        this.authorization = credentials.basicAuthorization();
        this.readTimeout = readTimeout;
    }

    @Override
    public void send(String idempotencyKey, String messageJson) throws DeliveryFailedException {
        URI target;
        try {
            target = endpoint.get();
        } catch (IllegalStateException e) {
            // The built-in simulator's address is known once the web server is up.
            throw new DeliveryFailedException("Portal address not known yet: " + e.getMessage(), e);
        }
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .header(IDEMPOTENCY_KEY, idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(messageJson, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailedException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("Interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body().strip();
            throw new DeliveryFailedException("HTTP " + response.statusCode()
                    + (body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) : body)));
        }
    }

    /** Credentials for HTTP Basic at the portal. */
    record PortalCredentials(String username, String password) {

        String basicAuthorization() {
            return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "PortalCredentials[" + username + "]";
        }
    }

    static Supplier<URI> fixed(String url) {
        URI uri = URI.create(url);
        return () -> uri;
    }
}
