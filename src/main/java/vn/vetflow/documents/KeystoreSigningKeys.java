package vn.vetflow.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ResourceLoader;

/**
 * The local keystore adapter: a PKCS#12 file per signer (an officer) or per organisation (the seal),
 * configured under {@code vetflow.signing.keystores.<signer key>}. This is how production signs locally.
 */
class KeystoreSigningKeys implements SigningKeySource {

    private final SigningProperties properties;
    private final ResourceLoader resources;
    private final Map<String, LocalKey> loaded = new ConcurrentHashMap<>();

    KeystoreSigningKeys(SigningProperties properties, ResourceLoader resources) {
        this.properties = properties;
        this.resources = resources;
    }

    @Override
    public boolean holds(String signerKey) {
        return properties.keystores().containsKey(signerKey);
    }

    @Override
    public Optional<SigningKey> key(String signerKey, String signerName) {
        SigningProperties.Keystore keystore = properties.keystores().get(signerKey);
        if (keystore == null) {
            return Optional.empty();
        }
        return Optional.of(loaded.computeIfAbsent(signerKey, key -> load(keystore)));
    }

    private LocalKey load(SigningProperties.Keystore keystore) {
        try (InputStream in = resources.getResource(keystore.location()).getInputStream()) {
            char[] password = keystore.password() == null ? new char[0] : keystore.password().toCharArray();
            return Certificates.readPkcs12(in, password, keystore.alias());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the keystore " + keystore.location(), e);
        }
    }
}
