package vn.vetflow.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vetflow.documents.DocumentType;
import vn.vetflow.documents.PdfDocumentRenderer;
import vn.vetflow.shared.AgencyProperties;

/**
 * The decision, the minutes and the conclusion as PDF, laid out by the official-document templates
 * (the "result" layout with its own title), in Vietnamese whatever the user's locale.
 */
@Component
class InspectionPdfs {

    private final PdfDocumentRenderer renderer;
    private final AgencyProperties agency;
    private final Checklists checklists;

    InspectionPdfs(PdfDocumentRenderer renderer, AgencyProperties agency, Checklists checklists) {
        this.renderer = renderer;
        this.agency = agency;
        this.checklists = checklists;
    }

    byte[] decision(Inspection inspection, InspectionDocument decision, LocalDate day) {
        Map<String, Object> model = base(decision.number(), day, "QUYẾT ĐỊNH KIỂM TRA CHUYÊN NGÀNH");
        model.put("applicantName", inspection.institutionName());
        List<String> body = new ArrayList<>();
        body.add("Điều 1. Kiểm tra chuyên ngành đối với " + inspection.institutionName() + " (mã " + inspection.code()
                + ").");
        body.add("Nội dung, phạm vi kiểm tra: " + nz(decision.content()));
        body.add("Hình thức kiểm tra: " + mode(inspection.mode()) + ". Thời gian kiểm tra: "
                + date(inspection.checkFrom()) + " đến " + date(inspection.checkTo()) + ".");
        body.add("Điều 2. Cơ sở được kiểm tra có trách nhiệm cung cấp thông tin, tài liệu, minh chứng qua hệ thống"
                + " thông tin của Sở theo yêu cầu của Đoàn kiểm tra.");
        body.add("Điều 3. Quyết định có hiệu lực kể từ ngày ký.");
        model.put("resultBody", body);
        model.put("signerName", decision.signedBy());
        return renderer.render(DocumentType.RESULT, model);
    }

    byte[] minutes(Inspection inspection, InspectionDocument minutes, List<CheckResult> results,
                   List<Finding> findings, LocalDate day) {
        Map<String, Object> model = base(inspection.code() + "/BB", day, "BIÊN BẢN KIỂM TRA");
        model.put("applicantName", inspection.institutionName());
        List<String> body = new ArrayList<>();
        body.add("Thực hiện Quyết định kiểm tra số " + nz(inspection.decisionNumber()) + ", Đoàn kiểm tra đã kiểm tra "
                + inspection.institutionName() + " theo hình thức " + mode(inspection.mode()) + ".");
        body.add(nz(minutes.content()));
        long compliant = results.stream().filter(r -> "COMPLIANT".equals(r.result())).count();
        body.add("Kết quả theo danh mục: " + results.size() + " nội dung đã kiểm tra, " + compliant + " nội dung đạt, "
                + findings.size() + " phát hiện (" + findings.stream().filter(Finding::violation).count()
                + " vi phạm).");
        int n = 1;
        for (Finding finding : findings) {
            String item = checklists.standard().item(finding.itemCode()).map(Checklists.Item::text)
                    .orElse(finding.itemCode());
            body.add("Phụ lục " + n++ + ". " + item + ": " + nz(finding.description())
                    + (finding.violation() ? " (vi phạm)" : " (tồn tại, hạn chế)"));
        }
        body.add("Biên bản được lập trên hệ thống; Trưởng đoàn và đại diện cơ sở xác nhận trên hệ thống.");
        model.put("resultBody", body);
        model.put("signerTitle", "TRƯỞNG ĐOÀN KIỂM TRA");
        model.put("signerName", inspection.teamLead());
        return renderer.render(DocumentType.RESULT, model);
    }

    byte[] conclusion(Inspection inspection, InspectionDocument conclusion, List<Recommendation> recommendations,
                      LocalDate day) {
        Map<String, Object> model = base(conclusion.number(), day, "KẾT LUẬN KIỂM TRA");
        model.put("applicantName", inspection.institutionName());
        List<String> body = new ArrayList<>();
        body.add("Xét báo cáo kết quả kiểm tra của Đoàn kiểm tra theo Quyết định số " + nz(inspection.decisionNumber())
                + ", kết luận đối với " + inspection.institutionName() + " như sau:");
        body.add(nz(conclusion.content()));
        int n = 1;
        for (Recommendation r : recommendations) {
            body.add("Kiến nghị " + n++ + ": " + r.text() + " Thời hạn khắc phục: " + date(r.dueOn()) + ".");
        }
        body.add("Cơ sở báo cáo kết quả khắc phục trên hệ thống thông tin của Sở trong thời hạn nêu trên.");
        model.put("resultBody", body);
        model.put("signerName", conclusion.signedBy());
        return renderer.render(DocumentType.RESULT, model);
    }

    private Map<String, Object> base(String number, LocalDate day, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("agencyParent", agency.parentName());
        model.put("agencyName", agency.name());
        model.put("place", agency.place());
        model.put("signerTitle", agency.signerTitle());
        model.put("documentNumber", number);
        model.put("resultTitle", title);
        model.put("issuedDay", String.format("%02d", day.getDayOfMonth()));
        model.put("issuedMonth", String.format("%02d", day.getMonthValue()));
        model.put("issuedYear", Integer.toString(day.getYear()));
        return model;
    }

    private static String mode(String mode) {
        if (mode == null) {
            return "..........";
        }
        return switch (mode) {
            case "REMOTE" -> "trực tuyến";
            case "DOCUMENTS" -> "qua hồ sơ, tài liệu";
            default -> "trực tiếp tại cơ sở";
        };
    }

    private static String date(LocalDate day) {
        return day == null ? ".........." : vn.vetflow.publicservice.DateFormats.date(day);
    }

    private static String nz(String text) {
        return text == null ? ".........." : text;
    }
}
