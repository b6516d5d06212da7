package vn.vetflow.nationalportal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the national portal sync.
 *
 * @param enabled        false stops delivery (rows are still written, and go out once it is enabled); the
 *                       production profile requires an endpoint or this set to false explicitly
 * @param endpoint       the portal's status endpoint (absolute URL); blank means the built-in simulator in
 *                       the demo, test and cluster-test profiles
 * @param username       credentials for HTTP Basic at the portal (environment, never in the repository)
 * @param password       see username
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for the answer; a slower answer counts as a failure and is sent again
 * @param batchSize      at most this many rows per delivery round
 * @param pollEvery      pause between delivery rounds
 * @param backoffInitial wait after the first failure; doubled after each further failure of the same row
 * @param backoffMax     the longest wait between two attempts
 */
@ConfigurationProperties(prefix = "vetflow.national-portal")
public record NationalPortalProperties(@DefaultValue("true") boolean enabled,
                                       String endpoint,
                                       String username,
                                       String password,
                                       @DefaultValue("5s") Duration connectTimeout,
                                       @DefaultValue("10s") Duration readTimeout,
                                       @DefaultValue("50") int batchSize,
                                       @DefaultValue("10s") Duration pollEvery,
                                       @DefaultValue("30s") Duration backoffInitial,
                                       @DefaultValue("15m") Duration backoffMax) {

    /** The wait before the next attempt of a row that has failed {@code attempts} times (1, 2, …). */
    public Duration backoffAfter(int attempts) {
        Duration wait = backoffInitial;
        for (int i = 1; i < attempts && wait.compareTo(backoffMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }

    boolean hasEndpoint() {
        return endpoint != null && !endpoint.isBlank();
    }
}
