package vn.vetflow.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.dossier.DocumentSummary;
import vn.vetflow.dossier.DossierDocument;
import vn.vetflow.dossier.IssuedDocuments;
import vn.vetflow.support.TestDocuments;
import vn.vetflow.support.VetflowTest;

/**
 * The public verification page: anyone (no login) checks a document by number and code or by its PDF and
 * gets valid / invalid / unknown with who signed when, and nothing about the dossier or the applicant.
 */
@VetflowTest
class VerificationPageTest {

    @Autowired MockMvc mvc;
    @Autowired PortalTestSupport support;
    @Autowired TestDocuments documents;
    @Autowired IssuedDocuments issued;
    @Autowired vn.vetflow.documents.SignatureVerifier verifier;

    private DossierDocument receipt;
    private String dossierCode;

    @BeforeEach
    void aSignedReceipt() {
        support.workingMorning();
        String code = support.submit("P1", "verifyowner");
        dossierCode = code;
        support.complete(code, "Task_Reception", "tiepnhan", "reception", Map.of("receptionDecision", "ACCEPT"));
        DocumentSummary summary = documents.awaitReady(support.dossier(code)).stream()
                .filter(d -> d.type().equals("RECEIPT")).findFirst().orElseThrow();
        receipt = issued.find(summary.id()).orElseThrow();
    }

    @AfterEach
    void resetClock() {
        support.resetClock();
    }

    @Test
    void anyoneMayOpenThePage() throws Exception {
        mvc.perform(get("/verify")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Xác thực văn bản điện tử"),
                        containsString("Mã xác thực"))));
        mvc.perform(get("/verify").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Verify an electronic document")));
    }

    @Test
    void byNumberAndCodeItAnswersValidWithTheSigner() throws Exception {
        mvc.perform(post("/verify").with(csrf()).with(PortalTestSupport.from("10.14.0.1")).param("number", receipt.getNumber())
                        .param("code", receipt.getVerificationCode().toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hợp lệ: chữ ký số đúng"),
                        containsString(receipt.getNumber()), containsString(receipt.getSignerName()),
                        containsString("Thời điểm ký theo dấu thời gian"), containsString(stampedAt()),
                        not(containsString(dossierCode)))));
        mvc.perform(post("/verify").with(csrf()).with(PortalTestSupport.from("10.14.0.1")).param("number", receipt.getNumber()).param("code", "WRONGCODE2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Không xác định"),
                        not(containsString(receipt.getSignerName())))));
    }

    @Test
    void byFileItAnswersValidInvalidOrUnknown() throws Exception {
        byte[] pdf = receipt.getContent();
        mvc.perform(multipart("/verify/upload").file(file(pdf)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hợp lệ: chữ ký số đúng"),
                        containsString(receipt.getSignerName()), containsString(receipt.getNumber()))));

        byte[] changed = pdf.clone();
        int at = new String(changed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream") + 16;
        changed[at] = (byte) (changed[at] ^ 0x01);
        mvc.perform(multipart("/verify/upload").file(file(changed)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không hợp lệ")));

        mvc.perform(multipart("/verify/upload").file(file(unsignedPdf())).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không xác định")));
    }

    /** The verified time of the receipt's RFC 3161 time-stamp, as the page prints it. */
    private String stampedAt() {
        java.time.Instant time = verifier.verify(receipt.getContent()).timeStampedAt();
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(time.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    private static MockMultipartFile file(byte[] pdf) {
        return new MockMultipartFile("file", "van-ban.pdf", "application/pdf", pdf);
    }

    private static byte[] unsignedPdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
