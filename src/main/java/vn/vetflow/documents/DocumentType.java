package vn.vetflow.documents;

import java.util.Map;

/**
 * The official documents of the one-stop flow, numbered as in Circular 03/2025/TT-VPCP
 * (see shared/domain/public-services.md, section 3), plus the result document itself.
 *
 * <p>Official documents are issued in Vietnamese whatever the user's locale, so the titles are
 * Vietnamese constants, not translated messages.
 */
public enum DocumentType {

    /** Mẫu số 01: issued when a complete, valid dossier is received; carries the appointment date. */
    RECEIPT("01", "receipt", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
    /** Mẫu số 02: asks the applicant to supplement the dossier (the legal clock pauses). */
    SUPPLEMENT_REQUEST("02", "supplement-request", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    /** Mẫu số 03: refusal to receive and process the dossier, with reasons. */
    REFUSAL("03", "refusal", "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ"),
    /**
     * A refusal after appraisal: a written reply of the agency with its reasons (a letter, not the
     * intake refusal slip of form 03), signed by the leader who refused.
     */
    REFUSAL_REPLY("CV", "refusal-reply", "VĂN BẢN TRẢ LỜI VỀ VIỆC KHÔNG CHẤP THUẬN ĐỀ NGHỊ"),
    /**
     * The Department's submission (Tờ trình) to the provincial Chairman for a procedure the Chairman
     * decides: the appraisal and the proposal, under the Department's header and its own register,
     * signed by the leader who approved; the Chairman's decision cites it.
     */
    SUBMISSION("TTr", "submission", "TỜ TRÌNH"),
    /** Mẫu số 04: apology and new appointment date when a dossier will be late. */
    APOLOGY("04", "apology", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ"),
    /** Mẫu số 05: notice that processing of the dossier stops, with reasons. */
    STOP_NOTICE("05", "stop-notice", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"),
    /**
     * Mẫu số 06: the process control slip, every hand-over with who, when, the step's due date and
     * whether it was early, on time or late. A working record printed on demand, not an issued and
     * signed document.
     */
    CONTROL_SLIP("06", "control-slip", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
    /**
     * The result of the procedure (a certificate, a decision); its title comes from the model key
     * {@code resultTitle}, this one is only the fallback.
     */
    RESULT("KQ", "result", "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"),
    /**
     * The decision to inspect an institution: grounds before the articles, the team's composition in
     * Điều 2, signed by the leader who signed it in the process.
     */
    INSPECTION_DECISION("QĐ", "inspection-decision", "QUYẾT ĐỊNH"),
    /**
     * The inspection minutes: time and place, who was present, the findings, and the signature blocks of
     * the institution's representative and of the team leader (who signs it digitally).
     */
    INSPECTION_MINUTES("BB", "inspection-minutes", "BIÊN BẢN KIỂM TRA"),
    /**
     * The record of minutes the institution refused to sign or left unsigned past its limit: the witness by
     * full name and position, what happened, and the signature blocks of the witness and the team leader.
     */
    INSPECTION_WITNESS_RECORD("BB", "inspection-witness-record", "BIÊN BẢN");

    private final String formNumber;
    private final String template;
    private final String defaultTitle;

    DocumentType(String formNumber, String template, String defaultTitle) {
        this.formNumber = formNumber;
        this.template = template;
        this.defaultTitle = defaultTitle;
    }

    /**
     * The form number of the circular ("01" to "05"), "KQ" for the result document, "CV" for a letter,
     * "TTr" for the Department's submission, "QĐ" and "BB" for the inspection decision and minutes.
     */
    public String formNumber() {
        return formNumber;
    }

    /** The template name under {@code templates/documents/}, without the {@code .html} suffix. */
    public String template() {
        return template;
    }

    /** The fixed title of the form; for {@link #RESULT} a generic fallback. */
    public String defaultTitle() {
        return defaultTitle;
    }

    /**
     * The title printed on the document and stored as the PDF title: the fixed title of the form,
     * or for {@link #RESULT} the model's {@code resultTitle} when it is given.
     */
    public String title(Map<String, ?> model) {
        if (this == RESULT && model != null
                && model.get("resultTitle") instanceof String title && !title.isBlank()) {
            return title.strip();
        }
        return defaultTitle;
    }

    /** True for the forms of the circular (01 to 06), false for the result document and letters. */
    public boolean isForm() {
        return formNumber.chars().allMatch(Character::isDigit);
    }
}
