package vn.vetflow.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ResourceLoader;

/**
 * The CA certificates a signature must chain to for vetflow to call it valid: the configured ones
 * ({@code vetflow.signing.trust-anchors}, PEM) and, in the demo, the demo CA.
 */
class TrustAnchors {

    private final List<X509Certificate> configured;
    private final DemoCertificateAuthority demo;

    TrustAnchors(SigningProperties properties, ResourceLoader resources, DemoCertificateAuthority demo) {
        this.configured = properties.trustAnchors().stream().flatMap(location -> read(resources, location).stream())
                .toList();
        this.demo = demo;
    }

    List<X509Certificate> all() {
        List<X509Certificate> all = new ArrayList<>(configured);
        if (demo != null) {
            all.add(demo.certificate());
        }
        return all;
    }

    private static List<X509Certificate> read(ResourceLoader resources, String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trust anchors " + location, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not X.509 certificates: " + location, e);
        }
    }
}
