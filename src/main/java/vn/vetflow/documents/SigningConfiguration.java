package vn.vetflow.documents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.client.RestClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.shared.AgencyProperties;

/**
 * The signing port and its adapters, in the order they are asked for a signer's key: the remote signing
 * service for the signers it has credentials for, then configured keystores, then (demo and test only)
 * the demo CA. The CSC simulator (demo and test) is {@link CscSimulator}, the time-stamping one
 * {@link TsaSimulator}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningProperties.class)
class SigningConfiguration {

    @Bean
    KeystoreSigningKeys keystoreSigningKeys(SigningProperties properties, ResourceLoader resources) {
        return new KeystoreSigningKeys(properties, resources);
    }

    @Bean
    @ConditionalOnProperty(name = "vetflow.signing.demo-ca", havingValue = "true")
    DemoCertificateAuthority demoCertificateAuthority(JdbcTemplate jdbc, TransactionTemplate transactions,
                                                      AgencyProperties agency, Clock clock) {
        return new DemoCertificateAuthority(jdbc, transactions, agency, clock);
    }

    @Bean
    TrustAnchors trustAnchors(SigningProperties properties, ResourceLoader resources,
                              ObjectProvider<DemoCertificateAuthority> demo) {
        return new TrustAnchors(properties, resources, demo.getIfAvailable());
    }

    @Bean
    PadesSigner padesSigner(KeystoreSigningKeys keystores, ObjectProvider<DemoCertificateAuthority> demo,
                            SigningProperties properties, Clock clock, RestClient.Builder http,
                            Environment environment) {
        List<SigningKeySource> sources = new ArrayList<>();
        if (properties.remote() != null && properties.remote().configured()) {
            sources.add(new RemoteSigningKeys(properties.remote(), http, environment));
        }
        sources.add(keystores);
        demo.ifAvailable(sources::add);
        return new PadesSigner(sources, new TimeStamps(properties, http, environment), clock);
    }

    @Bean
    SignatureVerifier signatureVerifier(TrustAnchors anchors) {
        return new SignatureVerifier(anchors);
    }

    /**
     * The demo CA and the demo TSA's key are created (or read) on a thread of their own, started when the
     * application is ready and before the reactions held during the start are let go (this listener runs first).
     * A signer that comes before they exist waits for them, or makes the CA itself (the authority is
     * synchronised); either way the TSA's key is seldom left for the TSA simulator to make, with a connection of
     * its own, while a signer holds one. Their RSA keys take seconds to generate with the start's C1-only JIT:
     * beside the start-up runners they took a core from the demo's data, although nothing signs before ready
     * (issue 15).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void createDemoCa(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBeanProvider(DemoCertificateAuthority.class).ifAvailable(ca -> {
            Thread creation = new Thread(() -> {
                ca.certificate();
                ca.timeStampingKey();
            }, "demo-ca");
            creation.setDaemon(true);
            creation.start();
        });
    }
}
