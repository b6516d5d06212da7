package vn.vetflow.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Applicant;
import vn.vetflow.dossier.UploadedFile;
import vn.vetflow.forms.FormField;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.publicservice.DossierSubmission;

/**
 * Builds valid submissions for any procedure of the catalogue from its own form schema and component
 * list, so tests keep working when a procedure's form or components change.
 */
@Component
public class TestSubmissions {

    /** A tiny PDF that parses (a catalogue with one empty page), as uploads are checked by parsing them. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    public static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10};

    private static final List<String> PATTERN_SAMPLES = List.of("0912345678", "truongnghe@example.vn",
            "GCN-123/2024", "123456789012", "2026", "ABC123", "Nguyễn Văn An");

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final ProcedureCatalogue catalogue;
    private final FormRegistry forms;
    private final Deadlines deadlines;

    TestSubmissions(ProcedureCatalogue catalogue, FormRegistry forms, Deadlines deadlines) {
        this.catalogue = catalogue;
        this.forms = forms;
        this.deadlines = deadlines;
    }

    public DossierSubmission.Request valid(String procedureId, String username, String idempotencyKey) {
        ProcedureVersion version = catalogue.currentVersion(procedureId, deadlines.today());
        return new DossierSubmission.Request(procedureId, applicant(username), "Đề nghị " + version.name(),
                formData(version), files(version), idempotencyKey);
    }

    /** The same request as the REST API takes it: a JSON part "dossier" and one part per file. */
    public MockMultipartHttpServletRequestBuilder apiRequest(String procedureId, String idempotencyKey) {
        ProcedureVersion version = catalogue.currentVersion(procedureId, deadlines.today());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureId", procedureId);
        body.put("subject", "Đăng ký hoạt động giáo dục nghề nghiệp năm 2026");
        body.put("applicantName", "Trường Trung cấp Kỹ thuật Nông Lâm Nghĩa Lộ");
        body.put("applicantIdNumber", "0101234567");
        body.put("formData", formData(version));
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart("/api/v1/dossiers");
        try {
            request.file(new MockMultipartFile("dossier", "", MediaType.APPLICATION_JSON_VALUE,
                    JSON.writeValueAsBytes(body)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (UploadedFile file : files(version)) {
            request.file(new MockMultipartFile("files." + file.componentCode(), file.fileName(), file.contentType(),
                    file.content()));
        }
        request.header("Idempotency-Key", idempotencyKey);
        return request;
    }

    public static Applicant applicant(String username) {
        return new Applicant(username, "Trường Trung cấp Kỹ thuật Nông Lâm Nghĩa Lộ", "0101234567",
                username + "@example.vn", "0912345678", "Phường Nghĩa Lộ, tỉnh Lào Cai");
    }

    public Map<String, Object> formData(ProcedureVersion version) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (FormField field : forms.get(version.applicationForm()).fields()) {
            if (field.key() == null) {
                continue;
            }
            Object value = sample(field);
            if (value != null) {
                data.put(field.key(), value);
            }
        }
        return data;
    }

    public static List<UploadedFile> files(ProcedureVersion version) {
        List<UploadedFile> files = new ArrayList<>();
        for (DossierComponent component : version.components()) {
            if (component.required()) {
                files.add(file(component));
            }
        }
        return files;
    }

    public static UploadedFile file(DossierComponent component) {
        List<String> types = component.fileTypes();
        if (types.contains("pdf")) {
            return new UploadedFile(component.code(), component.code().toLowerCase() + ".pdf", "application/pdf", PDF);
        }
        if (types.contains("png")) {
            return new UploadedFile(component.code(), component.code().toLowerCase() + ".png", "image/png", PNG);
        }
        return new UploadedFile(component.code(), component.code().toLowerCase() + ".jpg", "image/jpeg", JPEG);
    }

    private static Object sample(FormField field) {
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> text(field);
            case NUMBER -> number(field);
            case SELECT, RADIO -> field.values().isEmpty() ? null : field.values().get(0).value();
            case CHECKLIST -> field.values().isEmpty() ? null : List.of(field.values().get(0).value());
            case CHECKBOX -> Boolean.TRUE;
            case DATETIME -> "2025-12-15";
            default -> null;
        };
    }

    private static String text(FormField field) {
        if (field.pattern() != null && !field.pattern().isBlank()) {
            Pattern pattern = Pattern.compile(field.pattern());
            return PATTERN_SAMPLES.stream().filter(s -> pattern.matcher(s).matches()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No sample matches " + field.pattern()));
        }
        String value = "Nội dung mẫu cho " + field.key();
        if (field.maxLength() != null && value.length() > field.maxLength()) {
            value = value.substring(0, field.maxLength());
        }
        if (field.minLength() != null) {
            value = value + "x".repeat(Math.max(0, field.minLength() - value.length()));
        }
        return value;
    }

    private static Object number(FormField field) {
        BigDecimal value = BigDecimal.valueOf(10);
        if (field.min() != null && value.compareTo(new BigDecimal(field.min().toString())) < 0) {
            value = new BigDecimal(field.min().toString());
        }
        if (field.max() != null && value.compareTo(new BigDecimal(field.max().toString())) > 0) {
            value = new BigDecimal(field.max().toString());
        }
        return value;
    }
}
