package vn.vetflow.documents;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.shared.AgencyProperties;

/**
 * The demo CA (profiles demo and test only, {@code vetflow.signing.demo-ca=true}): created at first start
 * and kept in the database (table {@code signing_keystore}), so every node of a cluster and every restart
 * use the same one; it issues a certificate to each signer the first time they sign. Every name it puts
 * in a certificate says "DEMO – không có giá trị pháp lý": its signatures verify, but have no legal value.
 */
class DemoCertificateAuthority implements SigningKeySource {

    static final String MARK = "DEMO – không có giá trị pháp lý";
    static final String CA_ALIAS = "demo-ca";
    static final String TSA_ALIAS = "demo-tsa";

    private static final Logger log = LoggerFactory.getLogger(DemoCertificateAuthority.class);
    /** Protects the keystores in the table only from casual reading: the demo CA has no legal value. */
    private static final char[] PASSWORD = "demo-ca".toCharArray();
    private static final Duration VALIDITY = Duration.ofDays(10 * 365);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AgencyProperties agency;
    private final Clock clock;
    private final Map<String, LocalKey> keys = new ConcurrentHashMap<>();
    private volatile LocalKey authority;
    private volatile LocalKey timeStamping;

    DemoCertificateAuthority(JdbcTemplate jdbc, TransactionTemplate transactions, AgencyProperties agency,
                             Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.agency = agency;
        this.clock = clock;
    }

    /** The CA's certificate: the trust anchor of demo signatures. Created on first call. */
    X509Certificate certificate() {
        return authority().chain().get(0);
    }

    @Override
    public boolean holds(String signerKey) {
        return true;
    }

    @Override
    public Optional<SigningKey> key(String signerKey, String signerName) {
        return Optional.of(keys.computeIfAbsent(signerKey, key -> signerKeyFromDatabase(key, signerName)));
    }

    private LocalKey authority() {
        LocalKey ca = authority;
        if (ca == null) {
            synchronized (this) {
                if (authority == null) {
                    authority = loadOrCreateAuthority();
                }
                ca = authority;
            }
        }
        return ca;
    }

    /**
     * Reads the CA or creates it in its own short transaction at first use (at startup, before any
     * signing transaction runs); when another node created it at the same moment, reads theirs.
     */
    private LocalKey loadOrCreateAuthority() {
        return read(CA_ALIAS).orElseGet(() -> {
            Instant from = notBefore();
            KeyPair keys = Certificates.rsaKeyPair();
            X500Name name = Certificates.name("vetflow DEMO CA – " + MARK, agency.parentName(), MARK);
            X509Certificate cert = Certificates.issue(name, keys, name, keys.getPrivate(), true, from, VALIDITY);
            byte[] store = Certificates.pkcs12(keys.getPrivate(), List.of(cert), PASSWORD);
            try {
                transactions.executeWithoutResult(status -> insert(CA_ALIAS, store));
                log.info("Created the demo certificate authority ({})", MARK);
            } catch (DataIntegrityViolationException another) {
                return read(CA_ALIAS).orElseThrow();
            }
            return Certificates.readPkcs12(store, PASSWORD);
        });
    }

    /**
     * Reads the signer's certificate or issues one, inside the caller's transaction. No lock is held while
     * the caller renders and signs (a lock on the CA's row made other signers' first documents time out):
     * if two nodes issue a first certificate for the same signer at once, the alias's primary key refuses
     * the second insert, that document's preparation fails and is retried, and then reads the stored one.
     */
    private LocalKey signerKeyFromDatabase(String signerKey, String signerName) {
        LocalKey ca = authority();
        String alias = "demo-signer:" + signerKey;
        return read(alias).orElseGet(() -> {
            KeyPair keys = Certificates.rsaKeyPair();
            X500Name issuer = Certificates.name("vetflow DEMO CA – " + MARK, agency.parentName(), MARK);
            X500Name subject = Certificates.name(signerName, agency.name(), MARK);
            X509Certificate cert = Certificates.issue(subject, keys, issuer, ca.privateKey(), false, notBefore(),
                    VALIDITY);
            insert(alias, Certificates.pkcs12(keys.getPrivate(), List.of(cert, ca.chain().get(0)), PASSWORD));
            return new LocalKey(keys.getPrivate(), List.of(cert, ca.chain().get(0)));
        });
    }

    /**
     * The demo time-stamping authority's key (the TSA simulator's), certified by the demo CA for
     * time-stamping only and marked as demo like every other name it issues. Issued on first use, in its
     * own short transaction like the CA (the TSA answers outside any signing transaction).
     */
    LocalKey timeStampingKey() {
        LocalKey tsa = timeStamping;
        if (tsa == null) {
            synchronized (this) {
                if (timeStamping == null) {
                    timeStamping = loadOrCreateTimeStamping();
                }
                tsa = timeStamping;
            }
        }
        return tsa;
    }

    private LocalKey loadOrCreateTimeStamping() {
        LocalKey ca = authority();
        return read(TSA_ALIAS).orElseGet(() -> {
            KeyPair keys = Certificates.rsaKeyPair();
            X500Name issuer = Certificates.name("vetflow DEMO CA – " + MARK, agency.parentName(), MARK);
            X500Name subject = Certificates.name("vetflow DEMO TSA – " + MARK, agency.parentName(), MARK);
            X509Certificate cert = Certificates.issueTimeStamping(subject, keys, issuer, ca.privateKey(), notBefore(),
                    VALIDITY);
            byte[] store = Certificates.pkcs12(keys.getPrivate(), List.of(cert, ca.chain().get(0)), PASSWORD);
            try {
                transactions.executeWithoutResult(status -> insert(TSA_ALIAS, store));
            } catch (DataIntegrityViolationException another) {
                return read(TSA_ALIAS).orElseThrow();
            }
            return Certificates.readPkcs12(store, PASSWORD);
        });
    }

    private Optional<LocalKey> read(String alias) {
        return jdbc.query("select pkcs12 from signing_keystore where alias = ?",
                        (rs, row) -> rs.getBytes(1), alias).stream().findFirst()
                .map(bytes -> Certificates.readPkcs12(bytes, PASSWORD));
    }

    private void insert(String alias, byte[] pkcs12) {
        jdbc.update("insert into signing_keystore (alias, pkcs12, created_at) values (?, ?, ?)", alias, pkcs12,
                Timestamp.from(clock.instant()));
    }

    /** Valid from well before the (adjustable) application clock, so test dates inside the past sign too. */
    private Instant notBefore() {
        Instant now = Instant.now();
        Instant app = clock.instant();
        return (app.isBefore(now) ? app : now).minus(Duration.ofDays(3 * 365));
    }
}
