package vn.vetflow.publicservice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.documents.DocumentType;
import vn.vetflow.documents.PdfDocumentRenderer;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierDocument;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.shared.AgencyProperties;

/**
 * Issues the one-stop documents of a dossier (forms 01–05 and the result) as numbered PDFs stored with
 * the dossier. Dates are printed dd/MM/yyyy in Vietnamese time.
 */
@Component
public class OfficialDocuments {

    
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");

    private final PdfDocumentRenderer renderer;
    private final DossierService dossiers;
    private final ProcedureCatalogue catalogue;
    private final AgencyProperties agency;
    private final PublicServiceProperties properties;
    private final Deadlines deadlines;

    OfficialDocuments(PdfDocumentRenderer renderer, DossierService dossiers, ProcedureCatalogue catalogue,
                      AgencyProperties agency, PublicServiceProperties properties, Deadlines deadlines) {
        this.renderer = renderer;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.agency = agency;
        this.properties = properties;
        this.deadlines = deadlines;
    }

    /** Form 01: receipt and appointment slip. */
    public DossierDocument receipt(Dossier dossier, String officer) {
        return receipt(dossier, officer, null, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
    }

    /**
     * Form 01 again, as a new version (the earlier one is kept) after the working-day calendar moved the
     * appointment from {@code previousAppointment}.
     */
    public DossierDocument correctedReceipt(Dossier dossier, String officer, LocalDate previousAppointment) {
        return receipt(dossier, officer, "Ngày hẹn được điều chỉnh theo lịch làm việc đã công bố (thay cho ngày hẹn "
                + DateFormats.date(previousAppointment) + ").",
                "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (điều chỉnh ngày hẹn)");
    }

    private DossierDocument receipt(Dossier dossier, String officer, String correction, String title) {
        Map<String, Object> model = common(dossier, "TN");
        model.put("receivedAt", DATE_TIME.format(dossier.getReceivedAt().atZone(zone())));
        model.put("appointmentDate", DateFormats.date(dossier.getAppointmentDate()));
        model.put("appointmentNote", appointmentNote(dossier, correction));
        model.put("channel", "Trực tuyến");
        model.put("officerName", officer);
        ProcedureVersion version = version(dossier);
        model.put("components", dossiers.attachments(dossier).stream()
                .map(a -> Map.<String, Object>of(
                        "name", version.component(a.getComponentCode()).map(c -> c.name()).orElse(a.getComponentCode()),
                        "fileName", a.getFileName()))
                .toList());
        return issue(dossier, DocumentType.RECEIPT, model, title);
    }

    /** Says when the date may still move (a provisional year) or why it moved; null when neither. */
    private String appointmentNote(Dossier dossier, String correction) {
        LocalDate appointment = dossier.getAppointmentDate();
        String provisional = deadlines.calendar().isProvisional(appointment)
                ? "Ngày hẹn tạm tính: lịch làm việc năm " + appointment.getYear()
                + " chưa được công bố chính thức; ngày hẹn có thể được điều chỉnh."
                : null;
        if (correction == null) {
            return provisional;
        }
        return provisional == null ? correction : correction + " " + provisional;
    }

    /** Form 02: request to supplement. */
    public DossierDocument supplementRequest(Dossier dossier, String text, List<String> items, LocalDate dueOn) {
        Map<String, Object> model = common(dossier, "YCBS");
        model.put("requestText", text);
        model.put("requestedItems", items);
        model.put("supplementDeadline", DateFormats.date(dueOn));
        model.put("round", Integer.toString(dossier.getSupplementRounds()));
        return issue(dossier, DocumentType.SUPPLEMENT_REQUEST, model, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
    }

    /** Form 03: refusal, at reception or as the written answer of a refused request. */
    public DossierDocument refusal(Dossier dossier, String reasons) {
        Map<String, Object> model = common(dossier, "TC");
        model.put("reasons", lines(reasons));
        return issue(dossier, DocumentType.REFUSAL, model, "Phiếu từ chối tiếp nhận, giải quyết hồ sơ");
    }

    /** Form 04: apology and new appointment date. */
    public DossierDocument apology(Dossier dossier, LocalDate oldDate, LocalDate newDate, String reason) {
        Map<String, Object> model = common(dossier, "XL");
        model.put("oldAppointmentDate", DateFormats.date(oldDate));
        model.put("newAppointmentDate", DateFormats.date(newDate));
        model.put("apologyReason", reason);
        return issue(dossier, DocumentType.APOLOGY, model, "Văn bản xin lỗi và hẹn lại ngày trả kết quả");
    }

    /** Form 05: notice that processing stopped. */
    public DossierDocument stopNotice(Dossier dossier, String reasons) {
        Map<String, Object> model = common(dossier, "TBD");
        model.put("reasons", lines(reasons));
        return issue(dossier, DocumentType.STOP_NOTICE, model, "Thông báo dừng giải quyết hồ sơ");
    }

    /** The result document, numbered in its own series. */
    public DossierDocument result(Dossier dossier, String number, List<String> body) {
        ProcedureVersion version = version(dossier);
        Map<String, Object> model = common(dossier, null);
        model.put("documentNumber", number);
        model.put("resultTitle", version.result().name().toUpperCase(new java.util.Locale("vi")));
        model.put("resultBody", body);
        model.put("decisionBasis", version.legalBasis());
        return store(dossier, "RESULT", number, version.result().name(), renderer.render(DocumentType.RESULT, model));
    }

    /** The next number in a series: "15/GCNĐKHĐ-SGDĐT". */
    public String nextNumber(String series) {
        int year = deadlines.today().getYear();
        return dossiers.nextDocumentNumber(series, year) + "/" + series + "-" + agency.documentSuffix();
    }

    private Map<String, Object> common(Dossier dossier, String series) {
        LocalDate today = deadlines.today();
        Map<String, Object> model = new HashMap<>();
        model.put("agencyParent", agency.parentName());
        model.put("agencyName", agency.name());
        model.put("place", agency.place());
        model.put("issuedDay", "%02d".formatted(today.getDayOfMonth()));
        model.put("issuedMonth", "%02d".formatted(today.getMonthValue()));
        model.put("issuedYear", Integer.toString(today.getYear()));
        if (series != null) {
            model.put("documentNumber", nextNumber(series));
        }
        model.put("dossierCode", dossier.getCode());
        model.put("procedureName", dossier.getProcedureName());
        model.put("applicantName", dossier.getApplicantName());
        model.put("applicantIdNumber", dossier.getApplicantIdNumber());
        model.put("applicantAddress", dossier.getApplicantAddress());
        model.put("applicantEmail", dossier.getApplicantEmail());
        model.put("applicantPhone", dossier.getApplicantPhone());
        model.put("signerTitle", agency.signerTitle());
        model.put("signerName", agency.signerName());
        model.put("lookupUrl", properties.lookupUrl());
        return model;
    }

    private DossierDocument issue(Dossier dossier, DocumentType type, Map<String, Object> model, String title) {
        return store(dossier, type.name(), (String) model.get("documentNumber"), title, renderer.render(type, model));
    }

    private DossierDocument store(Dossier dossier, String type, String number, String title, byte[] pdf) {
        return dossiers.storeDocument(dossier, type, number, title, pdf);
    }

    /** Officers write one reason per line; the documents number them. */
    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private ProcedureVersion version(Dossier dossier) {
        return catalogue.version(dossier.getProcedureId(), dossier.getProcedureVersion());
    }

    private ZoneId zone() {
        return deadlines.calendar().zone();
    }
}
