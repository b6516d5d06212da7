package vn.vetflow.documents;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * Verifies the signature of a PDF with PDFBox and Bouncy Castle: the last signature must cover the whole
 * file (nothing appended after signing), its CMS must verify over the signed byte ranges, and its
 * certificate must have been issued by one of the trusted CAs and be valid at the signing time. A
 * signature time-stamp (PAdES B-T), when present, must hold too (see {@link #timeStamp}).
 */
public class SignatureVerifier {

    private final TrustAnchors anchors;

    SignatureVerifier(TrustAnchors anchors) {
        this.anchors = anchors;
    }

    public Verification verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Verification.unsigned();
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            if (range == null || range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
                return Verification.invalid("the signature does not cover the whole file");
            }
            return verifyCms(signature.getContents(pdf), signature.getSignedContent(pdf), signature);
        } catch (IOException | RuntimeException e) {
            return Verification.invalid("unreadable: " + e.getMessage());
        }
    }

    private Verification verifyCms(byte[] cms, byte[] signedContent, PDSignature signature) {
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedContent), cms);
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Verification.invalid("expected one signer, found " + signers.size());
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return Verification.invalid("the signing certificate is missing");
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return Verification.invalid("the signature does not match the content");
            }
            Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
            String problem = chainProblem(certificate, signedAt);
            String name = commonName(certificate);
            String issuer = commonName(certificate.getIssuerX500Principal().getName());
            TimeStampCheck stamp = timeStamp(signer);
            if (problem == null) {
                problem = stamp.problem();
            }
            if (problem != null) {
                return new Verification(Verification.Status.INVALID, name, certificate.getSubjectX500Principal()
                        .getName(), issuer, signedAt, problem, null);
            }
            return new Verification(Verification.Status.VALID, name, certificate.getSubjectX500Principal().getName(),
                    issuer, signedAt, null, stamp.time());
        } catch (CMSException | GeneralSecurityException | OperatorCreationException e) {
            return Verification.invalid("the signature does not verify: " + e.getMessage());
        }
    }

    /** The signature time-stamp's time, or why it does not hold; both null when there is none. */
    private record TimeStampCheck(Instant time, String problem) {
    }

    /**
     * A signature time-stamp (PAdES B-T) counts only when its token verifies with the TSA's certificate
     * (which must be for time-stamping), its imprint is the SHA-256 of this signature's value, and a
     * trusted CA issued the TSA's certificate, valid at the stamped time.
     */
    private TimeStampCheck timeStamp(SignerInformation signer) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null
                : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return new TimeStampCheck(null, null);
        }
        try {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> tsa = token.getCertificates().getMatches(token.getSID());
            if (tsa.isEmpty()) {
                return new TimeStampCheck(null, "the time-stamp's certificate is missing");
            }
            X509Certificate tsaCertificate = new JcaX509CertificateConverter().getCertificate(tsa.iterator().next());
            // Checks the token's signature, the ESS certificate identifier and the time-stamping key usage.
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificate));
            TimeStampTokenInfo info = token.getTimeStampInfo();
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
            if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())
                    || !MessageDigest.isEqual(expected, info.getMessageImprintDigest())) {
                return new TimeStampCheck(null, "the time-stamp is not over this signature");
            }
            Instant time = info.getGenTime().toInstant();
            String problem = chainProblem(tsaCertificate, time);
            return problem == null ? new TimeStampCheck(time, null)
                    : new TimeStampCheck(null, "time-stamp: " + problem);
        } catch (TSPException | IOException | GeneralSecurityException | OperatorCreationException
                 | RuntimeException e) {
            return new TimeStampCheck(null, "the time-stamp does not verify: " + e.getMessage());
        }
    }

    /** Null when a trusted CA issued the certificate and it was valid when signing. */
    private String chainProblem(X509Certificate certificate, Instant signedAt) {
        try {
            certificate.checkValidity(Date.from(signedAt == null ? Instant.now() : signedAt));
        } catch (GeneralSecurityException e) {
            return "the certificate was not valid at the signing time";
        }
        for (X509Certificate anchor : anchors.all()) {
            if (anchor.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                try {
                    certificate.verify(anchor.getPublicKey());
                    return null;
                } catch (GeneralSecurityException e) {
                    // same name, another key: keep looking
                }
            }
        }
        return "the certificate was not issued by a trusted CA";
    }

    private static String commonName(X509Certificate certificate) {
        return commonName(certificate.getSubjectX500Principal().getName());
    }

    private static String commonName(String distinguishedName) {
        RDN[] names = new X500Name(distinguishedName).getRDNs(BCStyle.CN);
        return names.length == 0 ? distinguishedName : IETFUtils.valueToString(names[0].getFirst().getValue());
    }
}
