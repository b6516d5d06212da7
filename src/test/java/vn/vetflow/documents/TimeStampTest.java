package vn.vetflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;
import vn.vetflow.support.VetflowTest;

/**
 * PAdES B-T: with a time-stamping service configured (the test profile uses the TSA simulator), the
 * signature carries an RFC 3161 token over its own value, from a TSA the demo CA certified; PDFBox/Bouncy
 * Castle and pdfsig verify it; a token over another value is refused; an unreachable TSA makes signing
 * fail (so the document stays being prepared and is retried); a signature larger than the room the signer
 * reserved is made again with the full room; the simulator answers loopback only.
 */
@VetflowTest
class TimeStampTest {

    @Autowired DocumentSigning signing;
    @Autowired SignatureVerifier verifier;
    @Autowired DemoCertificateAuthority authority;
    @Autowired Environment environment;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    @Test
    void theSignatureCarriesATimeStampOverItsValueFromTheDemoTsa() throws Exception {
        byte[] pdf = signed();
        SignerInformation signer = signerOf(pdf);
        TimeStampToken token = tokenOf(signer);

        byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
        assertThat(token.getTimeStampInfo().getMessageImprintAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256);
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(imprint);

        X509Certificate tsa = tsaCertificate(token);
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
        assertThat(tsa.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
        assertThat(tsa.getSubjectX500Principal().getName()).contains("DEMO TSA", DemoCertificateAuthority.MARK);
        tsa.verify(authority.certificate().getPublicKey());
        assertThat(token.getTimeStampInfo().getPolicy().getId()).isEqualTo(TsaSimulator.DEMO_POLICY);
        assertThat(token.getTimeStampInfo().getGenTime().toInstant())
                .isCloseTo(clock.instant(), within(5, ChronoUnit.MINUTES));

        Verification verification = verifier.verify(pdf);
        assertThat(verification.valid()).as(verification.problem()).isTrue();
        assertThat(verification.timeStampedAt()).isEqualTo(token.getTimeStampInfo().getGenTime().toInstant());
    }

    @Test
    void pdfsigReportsTheTimeStampedSignatureValid(@TempDir Path dir) throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/pdfsig"))).as("pdfsig (poppler-utils) installed").isTrue();
        Path file = dir.resolve("signed.pdf");
        Files.write(file, signed());
        Process process = new ProcessBuilder("/usr/bin/pdfsig", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("Signature is Valid", "ETSI.CAdES.detached", "Total document signed");
    }

    @Test
    void aTimeStampOverAnotherValueMakesTheSignatureInvalid() throws Exception {
        byte[] pdf = signed();
        SignerInformation signer = signerOf(pdf);
        TimeStamps timeStamps = new TimeStamps(null, true, Duration.ofSeconds(30), RestClient.builder(), environment);
        TimeStampToken foreign = timeStamps.stamp(MessageDigest.getInstance("SHA-256")
                .digest("another signature".getBytes(StandardCharsets.UTF_8)));
        AttributeTable unsigned = new AttributeTable(new ASN1EncodableVector()).add(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, foreign.toCMSSignedData().toASN1Structure());
        CMSSignedData cms = cmsOf(pdf);
        CMSSignedData swapped = CMSSignedData.replaceSigners(cms, new SignerInformationStore(
                SignerInformation.replaceUnsignedAttributes(signer, unsigned)));

        Verification verification = verifier.verify(withSignatureContents(pdf, swapped.getEncoded()));
        assertThat(verification.valid()).isFalse();
        assertThat(verification.problem()).contains("not over this signature");
    }

    @Test
    void anUnreachableTimeStampingServiceMakesSigningFailRatherThanSignWithoutIt() {
        // Port 9 (discard) on the loopback: nothing listens there on a test machine, the connection is refused.
        TimeStamps down = new TimeStamps("http://127.0.0.1:9/tsa", false, Duration.ofSeconds(5), RestClient.builder(),
                environment);
        PadesSigner signer = new PadesSigner(List.of(authority), down, clock);
        assertThatThrownBy(() -> signer.sign(blankPdf(), request()))
                .isInstanceOf(SigningUnavailableException.class).hasMessageContaining("time-stamping service");

        PadesSigner withoutTsa = new PadesSigner(List.of(authority), TimeStamps.none(), clock);
        SignerInformation bb = signerOf(withoutTsa.sign(blankPdf(), request()).content());
        assertThat(bb.getUnsignedAttributes()).isNull();
    }

    @Test
    void aSignatureLargerThanTheRoomReservedForItIsSignedAgainWithTheFullRoom() {
        // The signer reserves room for its chain and, when a service is configured, a usual time-stamp token. This
        // stand-in says none is configured, then adds 12 KB to the CMS, as an unusually large token would.
        TimeStamps bulky = new TimeStamps(null, false, null, null, null) {
            @Override
            CMSSignedData addTo(CMSSignedData signed) {
                SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
                AttributeTable unsigned = new AttributeTable(new ASN1EncodableVector()).add(
                        new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"), new DEROctetString(new byte[12 * 1024]));
                return CMSSignedData.replaceSigners(signed, new SignerInformationStore(
                        SignerInformation.replaceUnsignedAttributes(signer, unsigned)));
            }
        };
        SignedPdf signed = new PadesSigner(List.of(authority), bulky, clock).sign(blankPdf(), request());

        assertThat(verifier.verify(signed.content()).valid()).isTrue();
        assertThat(signerOf(signed.content()).getUnsignedAttributes()
                .get(new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"))).isNotNull();
    }

    @Test
    void theSimulatorAnswersLoopbackCallersOnly() throws Exception {
        mvc.perform(post(TsaSimulator.PATH).contentType("application/timestamp-query").content(new byte[] {1, 2, 3})
                        .with(request -> {
                            request.setRemoteAddr("10.14.0.9");
                            return request;
                        }))
                .andExpect(status().isForbidden());
        mvc.perform(post(TsaSimulator.PATH).contentType("application/timestamp-query").content(new byte[] {1, 2, 3}))
                .andExpect(status().isBadRequest());
    }

    private byte[] signed() {
        return signing.sign(blankPdf(), request()).content();
    }

    private static SignatureRequest request() {
        // A signer of its own: the demo CA keeps the first name it certified for a key, so this test must not
        // be the one that certifies the agency's seal.
        return new SignatureRequest("tsatestsigner", "Người ký thử dấu thời gian", "Ký thử dấu thời gian", "Lào Cai");
    }

    private static SignerInformation signerOf(byte[] pdf) {
        return cmsOf(pdf).getSignerInfos().getSigners().iterator().next();
    }

    private static CMSSignedData cmsOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            return new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static TimeStampToken tokenOf(SignerInformation signer) throws Exception {
        Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        assertThat(attribute).as("signature time-stamp attribute").isNotNull();
        return new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate tsaCertificate(TimeStampToken token) throws Exception {
        X509CertificateHolder holder = (X509CertificateHolder) token.getCertificates().getMatches(token.getSID())
                .iterator().next();
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    /** The same file with another CMS in the signature's /Contents (hex, zero-padded to the same room). */
    private static byte[] withSignatureContents(byte[] pdf, byte[] cms) throws Exception {
        int[] range;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            range = document.getLastSignatureDictionary().getByteRange();
        }
        int start = range[1] + 1;
        int room = range[2] - 1 - start;
        String hex = HexFormat.of().withUpperCase().formatHex(cms);
        assertThat(hex.length()).isLessThanOrEqualTo(room);
        byte[] changed = pdf.clone();
        byte[] padded = (hex + "0".repeat(room - hex.length())).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(padded, 0, changed, start, room);
        return changed;
    }

    private static byte[] blankPdf() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
