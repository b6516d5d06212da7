package vn.vetflow.documents;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;

/** A private key held by this application (a PKCS#12 keystore), with its certificate chain. */
record LocalKey(PrivateKey privateKey, List<X509Certificate> chain) implements SigningKey {

    LocalKey {
        chain = List.copyOf(chain);
    }

    @Override
    public byte[] signSha256(byte[] hash) {
        return signHash(privateKey, hash);
    }

    /** RSA PKCS#1 v1.5 over the DigestInfo of a SHA-256 hash: what SHA256withRSA does after hashing. */
    static byte[] signHash(PrivateKey key, byte[] hash) {
        try {
            DigestInfo digestInfo = new DigestInfo(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE), hash);
            Signature rsa = Signature.getInstance("NONEwithRSA");
            rsa.initSign(key);
            rsa.update(digestInfo.getEncoded(ASN1Encoding.DER));
            return rsa.sign();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new SigningUnavailableException("Cannot sign with the local key", e);
        }
    }
}
