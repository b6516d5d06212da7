package vn.vetflow.publicservice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.documents.DocumentType;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierDocument;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.IssuedDocuments;
import vn.vetflow.dossier.NewDocument;
import vn.vetflow.identity.Officers;
import vn.vetflow.shared.AgencyProperties;
import vn.vetflow.shared.DateFormats;

/**
 * Issues the one-stop documents of a dossier (forms 01–05 and the result). Inside the step it only
 * records the document as data: its number (taken here, in the step's transaction, so numbering stays
 * gap-free and ordered), the values printed on it and who signs it. {@link DocumentPreparation} renders
 * and signs the PDF after commit. Dates are printed dd/MM/yyyy in Vietnamese time.
 */
@Component
public class OfficialDocuments {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");
    /** The signer key of the agency's own seal, for documents no officer issued (timers). */
    static final String ORGANISATION_SIGNER = "org:agency";
    /** The certificate of the Chairman or Vice-Chairman who signs the Committee's decisions. */
    static final String COMMITTEE_SIGNER = "committee:signer";
    /** The Committee's seal, when no signer is configured. */
    static final String COMMITTEE_SEAL = "org:committee";

    private final IssuedDocuments issued;
    private final DossierService dossiers;
    private final ProcedureCatalogue catalogue;
    private final AgencyProperties agency;
    private final PublicServiceProperties properties;
    private final Deadlines deadlines;
    private final Officers officers;
    private final CommitteeProperties committee;
    private final SubmissionProperties submission;

    OfficialDocuments(IssuedDocuments issued, DossierService dossiers, ProcedureCatalogue catalogue,
                      AgencyProperties agency, PublicServiceProperties properties, Deadlines deadlines,
                      Officers officers, CommitteeProperties committee, SubmissionProperties submission) {
        this.issued = issued;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.agency = agency;
        this.properties = properties;
        this.deadlines = deadlines;
        this.officers = officers;
        this.committee = committee;
        this.submission = submission;
    }

    /** Form 01: receipt and appointment slip, signed by the officer who received the dossier. */
    public DossierDocument receipt(Dossier dossier, Actor officer) {
        return receipt(dossier, officer, null, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
    }

    /**
     * Form 01 again, as a new version (the earlier ones are kept) after the working-day calendar moved the
     * appointment from {@code previousAppointment}.
     */
    public DossierDocument correctedReceipt(Dossier dossier, Actor officer, LocalDate previousAppointment) {
        return receipt(dossier, officer, "Ngày hẹn được điều chỉnh theo lịch làm việc đã công bố (thay cho ngày hẹn "
                + DateFormats.date(previousAppointment) + ").",
                "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (điều chỉnh ngày hẹn)");
    }

    private DossierDocument receipt(Dossier dossier, Actor officer, String correction, String title) {
        Map<String, Object> model = common(dossier, "TN");
        Signer signer = officerSigns(officer, "NGƯỜI TIẾP NHẬN");
        // The officer's name as the identity service knows it; none when the agency's seal signs.
        String officerName = ORGANISATION_SIGNER.equals(signer.key()) ? null : signer.name();
        model.put("receivedAt", DATE_TIME.format(dossier.getReceivedAt().atZone(zone())));
        model.put("appointmentDate", DateFormats.date(dossier.getAppointmentDate()));
        model.put("appointmentNote", appointmentNote(dossier, correction));
        model.put("channel", channelName(dossier.getChannel()));
        model.put("officerName", officerName);
        ProcedureVersion version = version(dossier);
        model.put("components", dossiers.attachments(dossier).stream()
                .map(a -> {
                    Map<String, Object> component = new java.util.HashMap<>();
                    component.put("name", version.component(a.getComponentCode()).map(c -> c.name())
                            .orElse(a.getComponentCode()));
                    component.put("fileName", a.getFileName());
                    // A component taken from the applicant's data store names the dossier it came from.
                    component.put("reusedFrom", a.getReusedFromDossier());
                    return component;
                })
                .toList());
        int receiptVersion = 1 + (int) dossiers.documents(dossier).stream()
                .filter(d -> DocumentType.RECEIPT.name().equals(d.type())).count();
        return record(dossier, DocumentType.RECEIPT, (String) model.get("documentNumber"), title, model, signer,
                receiptVersion);
    }

    /** The channel as form 01 names it: the receipt of a counter or postal dossier must not say "online". */
    private static String channelName(vn.vetflow.dossier.Channel channel) {
        return switch (channel) {
            case IN_PERSON -> "Trực tiếp tại Bộ phận một cửa";
            case PUBLIC_POST -> "Qua dịch vụ bưu chính công ích";
            case ONLINE -> "Trực tuyến";
        };
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

    /** Form 02: request to supplement, signed by the officer who asks. */
    public DossierDocument supplementRequest(Dossier dossier, Actor officer, String text, List<String> items,
                                             LocalDate dueOn) {
        Map<String, Object> model = common(dossier, "YCBS");
        // Each requested item once, in the officer's order; the items are the lines of the officer's text,
        // so the text itself is printed only when it has no item (never the same request twice).
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(items));
        model.put("requestedItems", distinct);
        if (distinct.isEmpty()) {
            model.put("requestText", text);
        }
        model.put("supplementDeadline", DateFormats.date(dueOn));
        model.put("round", Integer.toString(dossier.getSupplementRounds()));
        return issue(dossier, DocumentType.SUPPLEMENT_REQUEST, model, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
                officerSigns(officer, "NGƯỜI HƯỚNG DẪN"));
    }

    /** Form 03: refusal, at reception or as the written answer of a refused request. */
    public DossierDocument refusal(Dossier dossier, Actor officer, String reasons) {
        Map<String, Object> model = common(dossier, "TC");
        model.put("reasons", lines(reasons));
        return issue(dossier, DocumentType.REFUSAL, model, "Phiếu từ chối tiếp nhận, giải quyết hồ sơ",
                officerSigns(officer, "NGƯỜI TIẾP NHẬN"));
    }

    /**
     * A refusal after appraisal (by the leader or the Chairman): the agency's written reply with the
     * reasons, signed by the leader who decided; form 03 is for refusals at intake only.
     */
    public DossierDocument refusalReply(Dossier dossier, Actor leader, String reasons) {
        Map<String, Object> model = common(dossier, "TL");
        model.put("reasons", lines(reasons));
        return issue(dossier, DocumentType.REFUSAL_REPLY, model, "Văn bản trả lời không chấp thuận đề nghị",
                officerSigns(leader, agency.signerTitle()));
    }

    /** Form 04: apology and new appointment date, signed for the agency. */
    public DossierDocument apology(Dossier dossier, Actor officer, LocalDate oldDate, LocalDate newDate,
                                   String reason) {
        Map<String, Object> model = common(dossier, "XL");
        model.put("oldAppointmentDate", DateFormats.date(oldDate));
        model.put("newAppointmentDate", DateFormats.date(newDate));
        model.put("apologyReason", reason);
        return issue(dossier, DocumentType.APOLOGY, model, "Văn bản xin lỗi và hẹn lại ngày trả kết quả",
                officerSigns(officer, agency.signerTitle()));
    }

    /** Form 05: notice that processing stopped, signed for the agency. */
    public DossierDocument stopNotice(Dossier dossier, Actor officer, String reasons) {
        Map<String, Object> model = common(dossier, "TBD");
        model.put("reasons", lines(reasons));
        return issue(dossier, DocumentType.STOP_NOTICE, model, "Thông báo dừng giải quyết hồ sơ",
                officerSigns(officer, agency.signerTitle()));
    }

    /**
     * The Department's submission (Tờ trình) to the provincial Chairman, recorded when the leader approves
     * a procedure the Chairman decides: under the Department's header, numbered in its own register
     * ("15/TTr-SGDĐT"), carrying the appraisal (the specialist's summary) and the proposal, signed by the
     * leader who approved. The Chairman's decision cites it ({@link #result}).
     */
    public DossierDocument submission(Dossier dossier, Actor leader, String appraisalNote, String approvalNote) {
        ProcedureVersion version = version(dossier);
        Map<String, Object> model = common(dossier, submission.symbol());
        String addressee = "Chủ tịch Ủy ban nhân dân tỉnh " + committee.place();
        // "quyết định cho phép thành lập … cho <applicant>": the result's name in running text.
        String result = version.result().name();
        String decision = result.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + result.substring(1)
                + " cho " + dossier.getApplicantName();
        model.put("submissionSubject", "đề nghị ban hành " + decision);
        model.put("addressee", addressee);
        model.put("proposer", submission.department());
        model.put("decisionBasis", version.legalBasis());
        if (dossier.getReceivedAt() != null) {
            model.put("receivedOn", DateFormats.date(LocalDate.ofInstant(dossier.getReceivedAt(), zone())));
        }
        List<String> appraisal = lines(appraisalNote);
        model.put("appraisalSummary", appraisal.isEmpty()
                ? List.of("Hồ sơ đã được thẩm định, đủ điều kiện để giải quyết theo quy định.") : appraisal);
        List<String> proposal = new java.util.ArrayList<>();
        proposal.add("Đề nghị " + addressee + " xem xét, ban hành " + decision + " (hồ sơ số "
                + dossier.getCode() + ").");
        proposal.addAll(lines(approvalNote));
        model.put("proposal", proposal);
        model.put("recipients", List.of("Như trên;", "Lưu: VT, hồ sơ " + dossier.getCode() + "."));
        // The title column holds 300 characters; a long applicant name must not make the approval fail.
        String title = "Tờ trình về việc " + model.get("submissionSubject");
        return issue(dossier, DocumentType.SUBMISSION, model, title.length() <= 300 ? title
                : title.substring(0, 299) + "…", officerSigns(leader, agency.signerTitle()));
    }

    /**
     * The result document. For a procedure the Department decides: under the Department's header,
     * numbered in the result's own series, signed by the leader who approved it. For a procedure the
     * provincial Chairman decides: a decision of the People's Committee, under its header, with the number
     * the Committee's register gave it (recorded in the Chairman step; else the next of the register kept
     * here, "15/QĐ-UBND"), signed for the Chairman.
     *
     * @param recordedNumber the number of the Chairman's decision recorded in the process, or null
     */
    public DossierDocument result(Dossier dossier, Actor leader, List<String> body, String recordedNumber) {
        ProcedureVersion version = version(dossier);
        boolean committee = version.chairmanDecisionRequired();
        String number = !committee ? nextNumber(version.result().numberPrefix())
                : recordedNumber != null && !recordedNumber.isBlank() ? recordedNumber.strip() : committeeNumber();
        Map<String, Object> model = common(dossier, null);
        model.put("documentNumber", number);
        model.put("resultTitle", version.result().name().toUpperCase(Locale.forLanguageTag("vi")));
        model.put("resultBody", body);
        model.put("decisionBasis", version.legalBasis());
        Signer signer = officerSigns(leader, agency.signerTitle());
        if (committee) {
            model.remove("agencyParent");
            model.put("agencyName", this.committee.name());
            model.put("place", this.committee.place());
            latestSubmission(dossier).ifPresent(cited -> model.put("proposalBasis", "Xét đề nghị của "
                    + submission.proposerTitle() + " " + submission.department() + " tại Tờ trình số "
                    + cited.number() + " ngày " + DateFormats.date(LocalDate.ofInstant(cited.createdAt(), zone()))
                    + "."));
            signer = this.committee.signerName() == null || this.committee.signerName().isBlank()
                    ? new Signer(COMMITTEE_SEAL, this.committee.name(), this.committee.signerTitle())
                    : new Signer(COMMITTEE_SIGNER, this.committee.signerName(), this.committee.signerTitle());
        }
        return record(dossier, DocumentType.RESULT, number, version.result().name(), model, signer);
    }

    /** The Department's latest submission (Tờ trình) of the dossier, which the Chairman's decision cites. */
    private java.util.Optional<vn.vetflow.dossier.DocumentSummary> latestSubmission(Dossier dossier) {
        return dossiers.documents(dossier).stream().filter(d -> DocumentType.SUBMISSION.name().equals(d.type()))
                .max(java.util.Comparator.comparing(vn.vetflow.dossier.DocumentSummary::createdAt)
                        .thenComparing(vn.vetflow.dossier.DocumentSummary::id));
    }

    /** The next number of the Committee's register of decisions: "15/QĐ-UBND". */
    String committeeNumber() {
        int year = deadlines.today().getYear();
        return dossiers.nextDocumentNumber("committee:QĐ", year) + "/QĐ-" + committee.suffix();
    }

    /** The next number in a series: "15/GCNĐKHĐ-SGDĐT". */
    public String nextNumber(String series) {
        int year = deadlines.today().getYear();
        return dossiers.nextDocumentNumber(series, year) + "/" + series + "-" + agency.documentSuffix();
    }

    /** Who signs and under which title: the officer who acted, or the agency's seal for the system. */
    private record Signer(String key, String name, String title) {
    }

    /**
     * The officer signs under their full name; the system (timers), or a login the identity service does
     * not know, signs with the agency's seal: a document never carries a login name.
     */
    private Signer officerSigns(Actor actor, String title) {
        if (actor == null || Actor.SYSTEM.equals(actor.username())) {
            return new Signer(ORGANISATION_SIGNER, agency.name(), title);
        }
        return officers.knownFullName(actor.username())
                .map(name -> new Signer(actor.username(), name, title))
                .orElseGet(() -> new Signer(ORGANISATION_SIGNER, agency.name(), title));
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
        model.put("lookupUrl", properties.lookupUrl());
        return model;
    }

    private DossierDocument issue(Dossier dossier, DocumentType type, Map<String, Object> model, String title,
                                  Signer signer) {
        return record(dossier, type, (String) model.get("documentNumber"), title, model, signer);
    }

    private DossierDocument record(Dossier dossier, DocumentType type, String number, String title,
                                   Map<String, Object> model, Signer signer) {
        return record(dossier, type, number, title, model, signer, 1);
    }

    private DossierDocument record(Dossier dossier, DocumentType type, String number, String title,
                                   Map<String, Object> model, Signer signer, int version) {
        model.put("signerTitle", signer.title());
        model.put("signerName", signer.name());
        // Null values do not survive as JSON fields worth keeping; the renderer treats missing as blank.
        model.values().removeIf(value -> value == null);
        return issued.record(dossier, new NewDocument(type.name(), number, title, version, model, signer.key(),
                signer.name()));
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
