package vn.vetflow.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vetflow.documents.DocumentType;
import vn.vetflow.documents.PdfDocumentRenderer;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.shared.AgencyProperties;
import vn.vetflow.shared.DateFormats;

/**
 * The fields of the decision and the minutes (rendered and signed after commit by
 * {@link InspectionDocumentPreparation}), and the conclusion as PDF in the "result" layout; official
 * documents are in Vietnamese whatever the user's locale.
 */
@Component
class InspectionPdfs {

    private final PdfDocumentRenderer renderer;
    private final AgencyProperties agency;
    private final Checklists checklists;
    private final InspectionDocumentProperties settings;
    private final Deadlines deadlines;

    InspectionPdfs(PdfDocumentRenderer renderer, AgencyProperties agency, Checklists checklists,
                   InspectionDocumentProperties settings, Deadlines deadlines) {
        this.renderer = renderer;
        this.agency = agency;
        this.checklists = checklists;
        this.settings = settings;
        this.deadlines = deadlines;
    }

    /**
     * What the decision is rendered from: the issuer's header and register number, the grounds before
     * the articles, Điều 1 (institution, scope, period and duration), Điều 2 (the team by full name and
     * role), Điều 3 (duties and execution), the recipients and the leader who signed it.
     */
    Map<String, Object> decisionFields(Inspection inspection, InspectionDocument decision, String number,
                                       List<Person> team, String signerName, LocalDate day) {
        Map<String, Object> model = base(number, day, null);
        model.put("applicantName", inspection.institutionName());
        model.put("decisionSubject", "kiểm tra chuyên ngành đối với " + inspection.institutionName());
        model.put("issuerAuthority", settings.issuerTitle().isBlank() ? "GIÁM ĐỐC " + agency.name()
                : settings.issuerTitle());
        model.put("decisionBasis", new ArrayList<>(settings.grounds()));
        model.put("proposalBasis", "Xét đề nghị của " + settings.proposer());
        model.put("article1", "Kiểm tra chuyên ngành đối với " + inspection.institutionName() + ".");
        List<String> scope = new ArrayList<>();
        scope.add("Nội dung, phạm vi kiểm tra: " + nz(subject(decision.content())) + ".");
        scope.add("Hình thức kiểm tra: " + mode(inspection.mode()) + ".");
        scope.add("Thời kỳ kiểm tra: từ " + date(inspection.checkFrom()) + " đến " + date(inspection.checkTo())
                + "; thời hạn kiểm tra: " + duration(inspection) + " ngày làm việc kể từ ngày công bố Quyết định.");
        model.put("scopeLines", scope);
        model.put("teamMembers", team.stream().map(Person::asFields).toList());
        model.put("article3", "Đoàn kiểm tra thực hiện kiểm tra theo nội dung tại Điều 1, lập biên bản kiểm tra và"
                + " báo cáo kết quả kiểm tra. Trưởng đoàn kiểm tra, các thành viên Đoàn kiểm tra, "
                + inspection.institutionName() + " và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành"
                + " Quyết định này./.");
        model.put("recipients", List.of("Như Điều 3;", inspection.institutionName() + ";", "Lưu: VT, hồ sơ kiểm tra."));
        model.put("signerName", signerName);
        return model;
    }

    /**
     * What the minutes are rendered from: time and place, the team present, the institution's
     * representatives, the findings, and the two signature blocks (institution and team leader).
     */
    Map<String, Object> minutesFields(Inspection inspection, InspectionDocument minutes, List<Person> team,
                                      List<String> representatives, String leadName, List<CheckResult> results,
                                      List<Finding> findings, java.time.Instant at) {
        LocalDate day = at.atZone(deadlines.calendar().zone()).toLocalDate();
        Map<String, Object> model = base(minutes.number(), day, null);
        model.put("applicantName", inspection.institutionName());
        model.put("openingLine", "Thực hiện Quyết định số " + nz(inspection.decisionNumber()) + " về việc kiểm tra"
                + " chuyên ngành đối với " + inspection.institutionName() + ", Đoàn kiểm tra đã kiểm tra theo hình thức "
                + mode(inspection.mode()) + ".");
        model.put("minutesTime", DateFormats.dateTime(at));
        String[] placeAndContent = nz(minutes.content()).split("\n", 2);
        model.put("minutesPlace", placeAndContent[0]);
        model.put("teamMembers", team.stream().map(Person::asFields).toList());
        model.put("representatives", representatives);
        model.put("representativeName", representatives.isEmpty() ? null : representatives.get(0).split(" - ")[0]);
        List<String> lines = new ArrayList<>();
        if (placeAndContent.length > 1) {
            lines.add(placeAndContent[1]);
        }
        long compliant = results.stream().filter(r -> "COMPLIANT".equals(r.result())).count();
        lines.add("Kết quả theo danh mục: " + results.size() + " nội dung đã kiểm tra, " + compliant + " nội dung đạt, "
                + findings.size() + " phát hiện (" + findings.stream().filter(Finding::violation).count()
                + " vi phạm).");
        int n = 1;
        for (Finding finding : findings) {
            String item = checklists.standard().item(finding.itemCode()).map(Checklists.Item::text)
                    .orElse(finding.itemCode());
            lines.add(n++ + ". " + item + ": " + nz(finding.description())
                    + (finding.violation() ? " (vi phạm)" : " (tồn tại, hạn chế)"));
        }
        model.put("findingLines", lines);
        // Only what the process does: the team leader signs digitally; the institution's representative
        // acknowledges the minutes in its own task and signs its block on the printed copy.
        model.put("closingLines", List.of("Biên bản được lập trên hệ thống thông tin của Sở; Trưởng đoàn kiểm tra ký số."
                + " Đại diện cơ sở được kiểm tra xác nhận nội dung biên bản trên hệ thống và ký vào phần của mình."));
        model.put("signerTitle", "TRƯỞNG ĐOÀN KIỂM TRA");
        model.put("signerName", leadName);
        return model;
    }

    /**
     * What the witness record is rendered from: the minutes it stands for, why the institution did not sign
     * (refused, or silent past its limit), what happened, the witness by full name and position, the team,
     * and the signature blocks of the witness and of the team leader (who signs it digitally).
     */
    Map<String, Object> witnessRecordFields(Inspection inspection, InspectionDocument minutes,
                                            InspectionDocument record, InspectionChange.MinutesWitnessed witnessed,
                                            List<Person> team, String leadName) {
        LocalDate day = witnessed.at().atZone(deadlines.calendar().zone()).toLocalDate();
        Map<String, Object> model = base(record.number(), day, null);
        model.put("applicantName", inspection.institutionName());
        model.put("recordSubject", "Về việc cơ sở được kiểm tra không ký biên bản kiểm tra");
        model.put("recordTime", DateFormats.dateTime(witnessed.at()));
        model.put("openingLine", "Thực hiện Quyết định số " + nz(inspection.decisionNumber()) + " về việc kiểm tra"
                + " chuyên ngành đối với " + inspection.institutionName() + ", Đoàn kiểm tra lập biên bản này về"
                + " Biên bản kiểm tra số " + nz(minutes.number()) + " lập ngày "
                + DateFormats.date(minutes.createdAt().atZone(deadlines.calendar().zone()).toLocalDate()) + ".");
        model.put("teamMembers", team.stream().map(Person::asFields).toList());
        model.put("witnessName", witnessed.witness());
        model.put("witnessPosition", witnessed.witnessPosition());
        model.put("reasonLine", "REFUSED".equals(witnessed.reason())
                ? "Đại diện cơ sở được kiểm tra từ chối ký biên bản kiểm tra."
                : "Cơ sở được kiểm tra không ký biên bản kiểm tra trong thời hạn quy định.");
        model.put("eventLines", nz(witnessed.note()).lines().toList());
        model.put("closingLines", List.of("Biên bản kiểm tra có chữ ký của Trưởng đoàn kiểm tra và của người chứng"
                + " kiến; biên bản này được lập trên hệ thống thông tin của Sở, Trưởng đoàn kiểm tra ký số, người"
                + " chứng kiến ký vào phần của mình."));
        model.put("signerTitle", "TRƯỞNG ĐOÀN KIỂM TRA");
        model.put("signerName", leadName);
        return model;
    }

    /** A member of the team as printed: full name and role ("Trưởng đoàn", "Thành viên"). */
    record Person(String name, String role) {
        Map<String, Object> asFields() {
            return Map.of("name", name, "role", role);
        }
    }

    /** The scope typed in the draft: its first part, before the legal basis the drafter appended. */
    private static String subject(String content) {
        return content == null ? null : content.split("\nCăn cứ: ", 2)[0].strip();
    }

    private long duration(Inspection inspection) {
        if (inspection.checkFrom() == null || inspection.checkTo() == null) {
            return 0;
        }
        return deadlines.calendar().workingDaysBetween(inspection.checkFrom().minusDays(1), inspection.checkTo());
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
        if (title != null) {
            model.put("resultTitle", title);
        }
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
        return day == null ? ".........." : DateFormats.date(day);
    }

    private static String nz(String text) {
        return text == null ? ".........." : text;
    }
}
