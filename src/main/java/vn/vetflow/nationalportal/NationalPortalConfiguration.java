package vn.vetflow.nationalportal;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import vn.vetflow.nationalportal.HttpNationalPortalClient.PortalCredentials;

/**
 * The portal's address and credentials: configured; or, in the profiles that run the simulated portal
 * (demo, test, cluster-test), the simulator inside this application with credentials generated for the
 * run; or delivery switched off explicitly. Anything else stops startup, so production never syncs
 * to a simulator or silently to nowhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NationalPortalProperties.class)
class NationalPortalConfiguration {

    /** Profiles in which the simulated portal runs inside the application. */
    static final Profiles SIMULATED = Profiles.of("demo", "test", "cluster-test");

    private static final Logger log = LoggerFactory.getLogger(NationalPortalConfiguration.class);

    @Bean
    PortalCredentials portalCredentials(NationalPortalProperties properties, Environment environment) {
        if (properties.username() != null && !properties.username().isBlank()) {
            return new PortalCredentials(properties.username(), properties.password() == null ? "" : properties.password());
        }
        if (environment.acceptsProfiles(SIMULATED) || !properties.enabled()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            return new PortalCredentials("vetflow", HexFormat.of().formatHex(random));
        }
        throw new IllegalStateException("vetflow.national-portal.username is not set. Give the national portal's "
                + "credentials in VETFLOW_NATIONAL_PORTAL_USER and VETFLOW_NATIONAL_PORTAL_PASSWORD, or switch the "
                + "sync off with VETFLOW_NATIONAL_PORTAL_ENABLED=false.");
    }

    @Bean
    NationalPortalClient nationalPortalClient(NationalPortalProperties properties, PortalCredentials credentials,
                                              Environment environment) {
        if (properties.hasEndpoint()) {
            return new HttpNationalPortalClient(HttpNationalPortalClient.fixed(properties.endpoint()), credentials,
                    properties.connectTimeout(), properties.readTimeout());
        }
        if (environment.acceptsProfiles(SIMULATED)) {
            log.info("National portal sync goes to the simulated portal inside this application");
            // The port is known once the web server has started (random in tests).
            return new HttpNationalPortalClient(() -> URI.create("http://127.0.0.1:"
                    + environment.getRequiredProperty("local.server.port") + PortalSimulatorApi.PATH),
                    credentials, properties.connectTimeout(), properties.readTimeout());
        }
        if (!properties.enabled()) {
            log.warn("National portal sync is switched off (vetflow.national-portal.enabled=false): status changes "
                    + "wait in the outbox until it is configured.");
            return (key, json) -> {
                throw new DeliveryFailedException("National portal sync is switched off");
            };
        }
        throw new IllegalStateException("vetflow.national-portal.endpoint is not set. Give the national portal's "
                + "status endpoint in VETFLOW_NATIONAL_PORTAL_URL, or switch the sync off with "
                + "VETFLOW_NATIONAL_PORTAL_ENABLED=false.");
    }
}
