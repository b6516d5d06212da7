package vn.vetflow.publicservice;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * How an applicant's file is served (to officers' previews, to the applicant, to the API) so that nothing in
 * it can run in vetflow's origin: only PDFs and images, whose type was checked from their content at upload,
 * are shown inline; everything else is a download. The browser may not guess another type (nosniff), and a
 * Content-Security-Policy forbids every script, with a sandbox (a unique origin) wherever the browser's own
 * viewer does not need the document's origin. Chrome's PDF viewer does not load in a sandboxed document, so a
 * PDF gets default-src 'none' without the sandbox; its upload check already refused JavaScript and HTML.
 */
public final class ApplicantFileHeaders {

    static final String PDF_POLICY = "default-src 'none'; object-src 'self'; frame-ancestors 'self'";
    static final String IMAGE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
            + "frame-ancestors 'self'; sandbox";
    static final String DOWNLOAD_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private ApplicantFileHeaders() {
    }

    public static HttpHeaders of(String fileName) {
        String type = FileTypes.contentType(fileName);
        boolean pdf = type.equals(MediaType.APPLICATION_PDF_VALUE);
        boolean image = type.startsWith("image/");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(type));
        headers.setContentDisposition((pdf || image ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName == null || fileName.isBlank() ? "tep" : fileName, StandardCharsets.UTF_8).build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", pdf ? PDF_POLICY : image ? IMAGE_POLICY : DOWNLOAD_POLICY);
        return headers;
    }
}
