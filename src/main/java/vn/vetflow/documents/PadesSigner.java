package vn.vetflow.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs PDFs as PAdES baseline B-B: an incremental update with a signature dictionary of sub-filter
 * ETSI.CAdES.detached, whose CMS signs the SHA-256 of the whole file except the signature itself, with
 * the ESS signing-certificate-v2 attribute and without a signing-time attribute (the time is the
 * dictionary's /M, as PAdES requires). The key comes from the first adapter that holds one for the
 * signer: the remote signing service, a configured keystore, or the demo CA.
 */
class PadesSigner implements DocumentSigning {

    /** Room for any CMS we make (a long chain and a time-stamp token): used when the estimate falls short. */
    private static final int SIGNATURE_SIZE = 32 * 1024;
    /** Beyond the chain: signer info, signed attributes and the signature value (about 1 KB with RSA 2048). */
    private static final int CMS_OVERHEAD = 4 * 1024;
    /** A time-stamp token with its TSA's certificates. */
    private static final int TIME_STAMP_ROOM = 16 * 1024;

    private final List<SigningKeySource> sources;
    private final TimeStamps timeStamps;
    private final Clock clock;

    PadesSigner(List<SigningKeySource> sources, TimeStamps timeStamps, Clock clock) {
        this.sources = List.copyOf(sources);
        this.timeStamps = timeStamps;
        this.clock = clock;
    }

    @Override
    public boolean canSign(String signerKey) {
        return signerKey != null && sources.stream().anyMatch(source -> source.holds(signerKey));
    }

    @Override
    public SignedPdf sign(byte[] pdf, SignatureRequest request) {
        SigningKey key = key(request);
        X509Certificate certificate = key.chain().get(0);
        Instant signedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // PDFBox writes the reserved room as hex zeros and copies it around: 32 KB for every document was a
        // third of the signing's processor time. Reserve what this chain needs; a CMS that would not fit
        // (an unusually large time-stamp token) is signed again with the full room.
        try {
            return new SignedPdf(sign(pdf, request, key, signedAt, room(key)), signedAt,
                    certificate.getSubjectX500Principal().getName());
        } catch (SignatureTooLarge e) {
            return new SignedPdf(sign(pdf, request, key, signedAt, SIGNATURE_SIZE), signedAt,
                    certificate.getSubjectX500Principal().getName());
        }
    }

    private byte[] sign(byte[] pdf, SignatureRequest request, SigningKey key, Instant signedAt, int room) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(request.signerName());
            signature.setReason(request.reason());
            signature.setLocation(request.location());
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            when.setTimeInMillis(signedAt.toEpochMilli());
            signature.setSignDate(when);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(room);
                document.addSignature(signature, options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 3 * room);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                byte[] cms = cms(external.getContent(), key);
                if (cms.length > room) {
                    if (room >= SIGNATURE_SIZE) {
                        throw new SigningUnavailableException("The CMS signature takes " + cms.length + " bytes");
                    }
                    throw new SignatureTooLarge();
                }
                external.setSignature(cms);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new SigningUnavailableException("Cannot sign the PDF", e);
        }
    }

    /** The room a CMS with this key's chain needs, with a time-stamp token when a service is configured. */
    private int room(SigningKey key) {
        int room = CMS_OVERHEAD + (timeStamps.configured() ? TIME_STAMP_ROOM : 0);
        try {
            for (X509Certificate member : key.chain()) {
                room += member.getEncoded().length;
            }
        } catch (CertificateEncodingException e) {
            return SIGNATURE_SIZE;
        }
        return Math.min(room, SIGNATURE_SIZE);
    }

    /** The CMS came out larger than the room reserved for it. */
    private static final class SignatureTooLarge extends RuntimeException {
        SignatureTooLarge() {
            super(null, null, false, false);
        }
    }

    private SigningKey key(SignatureRequest request) {
        for (SigningKeySource source : sources) {
            if (source.holds(request.signerKey())) {
                Optional<SigningKey> key = source.key(request.signerKey(), request.signerName());
                if (key.isPresent()) {
                    return key.get();
                }
            }
        }
        throw new SigningUnavailableException("No signing key for " + request.signerKey());
    }

    /** The detached CMS over the signed byte ranges. */
    private byte[] cms(InputStream content, SigningKey key) throws IOException {
        try {
            X509Certificate certificate = key.chain().get(0);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesAttributes(signingCertificateV2(certificate)))
                    .build(new HashSigner(key), certificate);
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return timeStamps.addTo(signed).getEncoded();
        } catch (GeneralSecurityException | CMSException | OperatorCreationException e) {
            throw new SigningUnavailableException("Cannot build the CMS signature", e);
        }
    }

    /** ESS signing-certificate-v2: binds the signature to the signer's certificate (PAdES B-B). */
    private static Attribute signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        X500Name issuer = new JcaX509CertificateHolder(certificate).getIssuer();
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash,
                new IssuerSerial(new GeneralNames(new GeneralName(issuer)), certificate.getSerialNumber()));
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
    }

    /** Content type, message digest, algorithm protection and signing-certificate-v2; no signing time. */
    private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {

        PadesAttributes(Attribute signingCertificate) {
            super(new AttributeTable(new ASN1EncodableVector() {{ add(signingCertificate); }}));
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }

    /**
     * Signs the DER of the signed attributes by hashing it here and handing only the hash to the key,
     * as a remote signing service (signHash) needs.
     */
    private static final class HashSigner implements ContentSigner {

        private final SigningKey key;
        private final ByteArrayOutputStream attributes = new ByteArrayOutputStream();

        HashSigner(SigningKey key) {
            this.key = key;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withRSA");
        }

        @Override
        public OutputStream getOutputStream() {
            return attributes;
        }

        @Override
        public byte[] getSignature() {
            try {
                return key.signSha256(MessageDigest.getInstance("SHA-256").digest(attributes.toByteArray()));
            } catch (GeneralSecurityException e) {
                throw new SigningUnavailableException("SHA-256 unavailable", e);
            }
        }
    }
}
