package vn.vetflow.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import vn.vetflow.nationalportal.HttpNationalPortalClient.PortalCredentials;

/** Production never syncs to a simulator or silently to nowhere: an endpoint, or switched off on purpose. */
class NationalPortalConfigurationTest {

    final NationalPortalConfiguration configuration = new NationalPortalConfiguration();

    @Test
    void productionWithoutEndpointOrCredentialsRefusesToStart() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("postgres");

        assertThatThrownBy(() -> configuration.portalCredentials(properties(true, null, null), production))
                .hasMessageContaining("VETFLOW_NATIONAL_PORTAL_USER");
        assertThatThrownBy(() -> configuration.nationalPortalClient(properties(true, null, "vetflow"),
                new PortalCredentials("vetflow", "secret"), production))
                .hasMessageContaining("VETFLOW_NATIONAL_PORTAL_URL");
    }

    @Test
    void productionSwitchedOffStartsAndDeliversNothing() throws Exception {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("postgres");
        NationalPortalProperties off = properties(false, null, null);

        NationalPortalClient client = configuration.nationalPortalClient(off,
                configuration.portalCredentials(off, production), production);

        assertThatThrownBy(() -> client.send("k", "{}")).isInstanceOf(DeliveryFailedException.class);
        assertThat(new OutboxDelivery(null, client, off, null, null, null).deliverDue()).isZero();
    }

    @Test
    void productionWithEndpointAndCredentialsStarts() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("postgres");
        NationalPortalProperties configured = properties(true, "https://portal.example.invalid/api/status", "vetflow");

        assertThat(configuration.nationalPortalClient(configured,
                configuration.portalCredentials(configured, production), production))
                .isInstanceOf(HttpNationalPortalClient.class);
    }

    @Test
    void backOffDoublesUpToItsMaximum() {
        NationalPortalProperties properties = properties(true, null, null);
        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backoffAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(properties.backoffAfter(6)).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.backoffAfter(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    private static NationalPortalProperties properties(boolean enabled, String endpoint, String username) {
        return new NationalPortalProperties(enabled, endpoint, username, username == null ? null : "secret",
                Duration.ofSeconds(5), Duration.ofSeconds(10), 50, Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofMinutes(15));
    }
}
