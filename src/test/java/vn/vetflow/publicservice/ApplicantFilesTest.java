package vn.vetflow.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.UploadedFile;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/** Applicants' files: refused at upload when active, served so that nothing in them runs in our origin. */
@VetflowTest
class ApplicantFilesTest {

    static final String PASSWORD = "files-password-1";
    static final byte[] ACTIVE_PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            + "4 0 obj << /S /JavaScript /JS (app.alert\\(1\\)) >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestSubmissions submissions;
    @Autowired DossierSubmission submission;
    @Autowired DossierService dossiers;

    @Test
    void anActivePdfIsRefusedAtUploadWithItsNameAndReason() throws Exception {
        users.ensure("filesapplicant", PASSWORD, Roles.APPLICANT);
        var request = submissions.apiRequest("P1", "active-pdf-1");
        request.file(new MockMultipartFile("files.DIEULE", "dieu-le.pdf", "application/pdf", ACTIVE_PDF));
        MvcResult answer = mvc.perform(request.with(httpBasic("filesapplicant", PASSWORD))
                .header("Accept-Language", "vi")).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(422);
        assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("files.DIEULE").contains("dieu-le.pdf").contains("tự thực thi");
    }

    @Test
    void officersSeePdfsInlineWithoutScriptAndDownloadEverythingElse() throws Exception {
        users.ensure("filesofficer", PASSWORD, Roles.RECEPTION);
        var valid = submissions.valid("P1", "filesapplicant2", "files-served-1");
        List<UploadedFile> files = new ArrayList<>(valid.files().stream()
                .filter(f -> !f.componentCode().equals("DON")).toList());
        files.add(new UploadedFile("DON", "don-de-nghi.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx()));
        Dossier dossier = submission.submit(new DossierSubmission.Request("P1", valid.applicant(), valid.subject(),
                valid.formData(), files, "files-served-1")).dossier();
        for (var attachment : dossiers.attachments(dossier)) {
            var response = mvc.perform(get("/workspace/dossiers/" + dossier.getCode() + "/attachments/"
                    + attachment.getId()).with(user("filesofficer").roles(Roles.RECEPTION, "motcua", "gdnn"))).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            String policy = response.getHeader("Content-Security-Policy");
            assertThat(policy).startsWith("default-src 'none'").doesNotContain("script-src");
            if (attachment.getFileName().endsWith(".docx")) {
                assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
                assertThat(policy).contains("sandbox");
            } else {
                assertThat(attachment.getFileName()).endsWith(".pdf");
                assertThat(response.getHeader("Content-Disposition")).startsWith("inline");
                assertThat(response.getContentType()).isEqualTo("application/pdf");
            }
        }
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document>Đơn</w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

}
