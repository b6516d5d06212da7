package vn.vetflow.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.vetflow.accounts.ApplicantAccounts;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Applicant;
import vn.vetflow.dossier.UploadedFile;
import vn.vetflow.forms.FormField;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.shared.ProvinceClock;

/**
 * Applications of the demo province: institutions of Lào Cai (formerly also Yên Bái) filing for the
 * procedures of the catalogue, with form values a reader recognises and small placeholder PDFs.
 */
@Component
@Profile("demo")
class DemoApplications {

    /** What the demo's form values say about each applicant (its account holds name, number and e-mail). */
    private record Institution(String representative, String address) {
    }

    private static final List<String> APPLICANTS = List.of("congdan", "congdan2", "coso");

    private static final Map<String, Institution> INSTITUTIONS = Map.of(
            "congdan", new Institution("Nguyễn Thị Thu Hằng", "Số 12 đường Điện Biên, phường Yên Bái, tỉnh Lào Cai"),
            "congdan2", new Institution("Trần Minh Đức", "Khu công nghiệp Bắc Duyên Hải, phường Cam Đường, tỉnh Lào Cai"),
            "coso", new Institution("Lò Văn Piềng", "Phường Nghĩa Lộ, tỉnh Lào Cai"));

    private static final Map<String, String> SUBJECTS = Map.of(
            "P1", "Đăng ký hoạt động giáo dục nghề nghiệp trình độ sơ cấp, trung cấp",
            "P2", "Đăng ký bổ sung ngành, nghề đào tạo",
            "P3", "Thành lập phân hiệu tại xã Mù Cang Chải",
            "P4", "Cho phép thành lập phân hiệu có vốn đầu tư nước ngoài",
            "DEMO1", "Hồ sơ minh họa thanh toán phí (dữ liệu demo)",
            "P8", "Công nhận hội đồng quản trị nhiệm kỳ 2026 - 2031",
            "P9", "Công nhận hiệu trưởng nhiệm kỳ 2026 - 2031");

    private final ProcedureCatalogue catalogue;
    private final FormRegistry forms;
    private final ProvinceClock clock;
    private final ApplicantAccounts accounts;

    DemoApplications(ProcedureCatalogue catalogue, FormRegistry forms, ProvinceClock clock, ApplicantAccounts accounts) {
        this.catalogue = catalogue;
        this.forms = forms;
        this.clock = clock;
        this.accounts = accounts;
    }

    DossierSubmission.Request application(int index, String procedureId) {
        String username = APPLICANTS.get(index % APPLICANTS.size());
        ProcedureVersion version = catalogue.currentVersion(procedureId, clock.today());
        Applicant applicant = accounts.asApplicant(username);
        return new DossierSubmission.Request(procedureId, applicant, SUBJECTS.get(procedureId),
                formData(version, applicant, INSTITUTIONS.get(username)), files(version, applicant),
                UUID.randomUUID().toString());
    }

    private Map<String, Object> formData(ProcedureVersion version, Applicant applicant, Institution institution) {
        Map<String, Object> values = new HashMap<>();
        values.put("institutionName", applicant.name());
        values.put("schoolName", applicant.name());
        values.put("address", institution.address());
        values.put("legalRepresentative", institution.representative());
        values.put("phone", applicant.phone());
        values.put("email", applicant.email());
        values.put("occupations", "Hàn - trình độ sơ cấp, 60 học viên/năm\nMay thời trang - trình độ trung cấp, "
                + "70 học sinh/năm\nKỹ thuật chế biến món ăn - trình độ sơ cấp, 45 học viên/năm");
        values.put("plannedEnrolment", 175);
        values.put("trainingArea", 1250);
        values.put("permanentTeachers", 14);
        values.put("certificateNumber", "15/GCNĐKHĐ-SLĐTBXH");
        values.put("certificateDate", "2023-06-12");
        values.put("changeDetails", "Bổ sung nghề Điện công nghiệp trình độ trung cấp, quy mô 35 học sinh/năm, "
                + "đào tạo tại cơ sở chính.");
        values.put("additionalEnrolment", 35);
        values.put("trainingLocation", institution.address());
        values.put("branchName", "Phân hiệu Mù Cang Chải");
        values.put("branchAddress", "Thôn Thái Lão, xã Mù Cang Chải, tỉnh Lào Cai");
        values.put("plannedScale", 300);
        values.put("reasons", "Đáp ứng nhu cầu học nghề của thanh niên dân tộc thiểu số vùng cao, gắn với phát "
                + "triển du lịch cộng đồng.");
        values.put("investorName", "Công ty TNHH Giáo dục Hòa Bình Việt - Hàn");
        values.put("investorNationality", "Hàn Quốc");
        values.put("investmentCertificateNumber", "8765432100");
        values.put("boardTerm", "2026 - 2031");
        values.put("boardChair", institution.representative());
        values.put("memberCount", 7);
        values.put("members", institution.representative() + " - Chủ tịch\nNguyễn Văn Bình - Thành viên\n"
                + "Đỗ Thị Mai - Thành viên\nVũ Quang Huy - Thành viên\nHà Thị Ngọc - Thành viên\n"
                + "Lê Văn Tùng - Thành viên\nBùi Thị Hoa - Thư ký");
        values.put("minutesNumber", "02/BB-HĐQT");
        values.put("minutesDate", "2026-01-20");
        values.put("nomineeFullName", "Nguyễn Quang Vinh");
        values.put("nomineeDateOfBirth", "1978-04-30");
        values.put("nomineeQualifications", "Thạc sĩ Quản lý giáo dục; Chứng chỉ bồi dưỡng cán bộ quản lý cơ sở "
                + "giáo dục nghề nghiệp");
        values.put("nomineeExperience", "12 năm giảng dạy, 6 năm phó hiệu trưởng phụ trách đào tạo.");
        values.put("boardResolutionNumber", "05/NQ-HĐQT");
        values.put("boardResolutionDate", "2026-02-10");

        Map<String, Object> form = new LinkedHashMap<>();
        for (FormField field : forms.get(version.applicationForm()).fields()) {
            if (field.key() == null) {
                continue;
            }
            Object value = values.get(field.key());
            if (value == null && !field.values().isEmpty()) {
                value = field.values().get(0).value();
            }
            if (value != null) {
                form.put(field.key(), value);
            }
        }
        return form;
    }

    private static List<UploadedFile> files(ProcedureVersion version, Applicant applicant) {
        return version.components().stream().filter(DossierComponent::required)
                .map(component -> new UploadedFile(component.code(), component.code().toLowerCase() + ".pdf",
                        "application/pdf", placeholderPdf(component.name() + " - " + applicant.name())))
                .toList();
    }

    /** A tiny valid PDF; real dossiers carry scans. */
    static byte[] placeholderPdf(String title) {
        String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').replaceAll("[()\\\\]", " ");
        String content = "BT /F1 11 Tf 50 780 Td (" + ascii + ") Tj ET";
        String pdf = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
