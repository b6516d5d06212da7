package vn.vetflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vetflow.forms.TestForms.form;
import static vn.vetflow.forms.TestForms.parse;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static final FormSchema SCHEMA = parse(form("all-types", """
            {"id": "t", "type": "text", "text": "# Tất cả các loại trường"},
            {"id": "c1", "type": "textfield", "key": "name", "label": "Tên",
             "validate": {"required": true, "minLength": 3, "maxLength": 10}},
            {"id": "c2", "type": "textfield", "key": "code", "label": "Mã", "validate": {"pattern": "^[A-Z]{2}\\\\d{2}$"}},
            {"id": "c3", "type": "textarea", "key": "note", "label": "Ghi chú", "validate": {"maxLength": 5}},
            {"id": "c4", "type": "number", "key": "count", "label": "Số lượng",
             "validate": {"required": true, "min": 1, "max": 100}},
            {"id": "c5", "type": "select", "key": "kind", "label": "Loại", "validate": {"required": true},
             "values": [{"label": "Trường", "value": "SCHOOL"}, {"label": "Trung tâm", "value": "CENTRE"}]},
            {"id": "c6", "type": "radio", "key": "decision", "label": "Quyết định",
             "values": [{"label": "Đồng ý", "value": "YES"}, {"label": "Không", "value": "NO"}]},
            {"id": "c7", "type": "checkbox", "key": "checked", "label": "Đã kiểm tra"},
            {"id": "c8", "type": "checkbox", "key": "pledge", "label": "Tôi cam đoan", "validate": {"required": true}},
            {"id": "c9", "type": "checklist", "key": "levels", "label": "Trình độ",
             "values": [{"label": "Sơ cấp", "value": "SO_CAP"}, {"label": "Trung cấp", "value": "TRUNG_CAP"}]},
            {"id": "c10", "type": "datetime", "key": "signedOn", "subtype": "date", "dateLabel": "Ngày ký",
             "validate": {"required": true}},
            {"id": "c11", "type": "datetime", "key": "at", "subtype": "datetime", "dateLabel": "Lúc"},
            {"id": "c12", "type": "datetime", "key": "time", "subtype": "time", "timeLabel": "Giờ"}
            """));

    private final FormValidator validator = new FormValidator();

    private static Map<String, Object> valid() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("name", "Trường A");
        raw.put("count", "12");
        raw.put("kind", "SCHOOL");
        raw.put("pledge", "on");
        raw.put("signedOn", "2026-09-30");
        return raw;
    }

    private List<FieldError> errors(String key, Object value) {
        Map<String, Object> raw = valid();
        raw.put(key, value);
        return validator.validate(SCHEMA, raw).errors();
    }

    @Test
    void convertsAValidSubmission() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("signedOn", "5/9/2026");
        raw.put("name", "  Trường A ");
        raw.put("code", "AB12");
        raw.put("count", "7.50");
        raw.put("kind", "CENTRE");
        raw.put("decision", "NO");
        raw.put("checked", "true");
        raw.put("pledge", true);
        raw.put("levels", List.of("TRUNG_CAP", "SO_CAP", "TRUNG_CAP"));
        raw.put("at", "2026-09-30T14:30");
        raw.put("time", "08:15");

        FormSubmission submission = validator.validate(SCHEMA, raw);

        assertThat(submission.isValid()).isTrue();
        assertThat(submission.values()).containsExactly(
                Map.entry("name", "Trường A"),
                Map.entry("code", "AB12"),
                Map.entry("count", new BigDecimal("7.50")),
                Map.entry("kind", "CENTRE"),
                Map.entry("decision", "NO"),
                Map.entry("checked", true),
                Map.entry("pledge", true),
                Map.entry("levels", List.of("TRUNG_CAP", "SO_CAP")),
                Map.entry("signedOn", "2026-09-05"),
                Map.entry("at", "2026-09-30T14:30"),
                Map.entry("time", "08:15"));
    }

    @Test
    void leavesOutBlankOptionalValuesAndReadsAnUncheckedBoxAsFalse() {
        Map<String, Object> raw = valid();
        raw.put("code", "   ");
        raw.put("note", "");
        raw.put("decision", List.of());

        FormSubmission submission = validator.validate(SCHEMA, raw);

        assertThat(submission.errors()).isEmpty();
        assertThat(submission.values()).doesNotContainKeys("code", "note", "decision", "levels", "at", "time")
                .containsEntry("checked", false);
    }

    @Test
    void acceptsJsonTypesAndSingleElementLists() {
        Map<String, Object> raw = valid();
        raw.put("count", 42);
        raw.put("kind", List.of("CENTRE"));
        raw.put("decision", new String[] {"YES"});
        raw.put("checked", false);
        raw.put("levels", "SO_CAP");

        FormSubmission submission = validator.validate(SCHEMA, raw);

        assertThat(submission.errors()).isEmpty();
        assertThat(submission.values()).containsEntry("count", new BigDecimal("42")).containsEntry("kind", "CENTRE")
                .containsEntry("decision", "YES").containsEntry("checked", false)
                .containsEntry("levels", List.of("SO_CAP"));
    }

    @Test
    void required() {
        FormSubmission submission = validator.validate(SCHEMA, Map.of());

        assertThat(submission.isValid()).isFalse();
        assertThat(submission.errors()).containsExactly(
                new FieldError("name", FieldError.REQUIRED),
                new FieldError("count", FieldError.REQUIRED),
                new FieldError("kind", FieldError.REQUIRED),
                new FieldError("pledge", FieldError.REQUIRED),
                new FieldError("signedOn", FieldError.REQUIRED));
        assertThat(errors("name", " \t ")).containsExactly(new FieldError("name", FieldError.REQUIRED));
        assertThat(errors("pledge", "off")).containsExactly(new FieldError("pledge", FieldError.REQUIRED));
    }

    @Test
    void minLengthAndMaxLengthCountCharactersAsWritten() {
        assertThat(errors("name", "ab")).containsExactly(new FieldError("name", FieldError.MIN_LENGTH, 3));
        assertThat(errors("name", "Trường ABCD")).containsExactly(new FieldError("name", FieldError.MAX_LENGTH, 10));
        assertThat(errors("note", "123456")).containsExactly(new FieldError("note", FieldError.MAX_LENGTH, 5));
        // "Nghệ" typed on a keyboard that sends decomposed marks: 6 chars, 4 letters
        String decomposed = "Nghe\u0323\u0302";
        assertThat(errors("note", decomposed)).isEmpty();
        Map<String, Object> raw = valid();
        raw.put("note", decomposed);
        assertThat(validator.validate(SCHEMA, raw).values()).containsEntry("note", "Nghệ");
    }

    @Test
    void pattern() {
        assertThat(errors("code", "ab12")).containsExactly(new FieldError("code", FieldError.PATTERN));
        assertThat(errors("code", "AB123")).containsExactly(new FieldError("code", FieldError.PATTERN));
        assertThat(errors("code", " AB12 ")).isEmpty();
    }

    @Test
    void minAndMax() {
        assertThat(errors("count", "0")).containsExactly(new FieldError("count", FieldError.MIN, new BigDecimal("1")));
        assertThat(errors("count", "100.01"))
                .containsExactly(new FieldError("count", FieldError.MAX, new BigDecimal("100")));
        assertThat(errors("count", "100")).isEmpty();
        assertThat(errors("count", "-5").get(0).args()).hasSize(1);
    }

    @Test
    void notANumber() {
        for (Object value : List.of("mười", "1,5", "1e3", "12 người", "0x10", true, Double.NaN, 1e300, List.of("1", "2"),
                Map.of("value", 1))) {
            assertThat(errors("count", value)).as(String.valueOf(value))
                    .containsExactly(new FieldError("count", FieldError.NOT_A_NUMBER));
        }
    }

    @Test
    void notAnOption() {
        assertThat(errors("kind", "UNIVERSITY")).containsExactly(new FieldError("kind", FieldError.NOT_AN_OPTION));
        assertThat(errors("kind", "school")).containsExactly(new FieldError("kind", FieldError.NOT_AN_OPTION));
        assertThat(errors("decision", List.of("YES", "NO")))
                .containsExactly(new FieldError("decision", FieldError.NOT_AN_OPTION));
        assertThat(errors("levels", List.of("SO_CAP", "CAO_DANG")))
                .containsExactly(new FieldError("levels", FieldError.NOT_AN_OPTION));
        assertThat(errors("checked", "maybe")).containsExactly(new FieldError("checked", FieldError.NOT_AN_OPTION));
        assertThat(errors("checked", 1)).containsExactly(new FieldError("checked", FieldError.NOT_AN_OPTION));
    }

    @Test
    void notADate() {
        for (Object value : List.of("31/02/2026", "2026-13-01", "2026-2-1", "30-09-2026", "ngày mai", "12/2026",
                20260930, "2026-02-29")) {
            assertThat(errors("signedOn", value)).as(String.valueOf(value))
                    .containsExactly(new FieldError("signedOn", FieldError.NOT_A_DATE));
        }
        assertThat(errors("signedOn", "29/02/2028")).isEmpty();
        assertThat(errors("at", "2026-09-30")).containsExactly(new FieldError("at", FieldError.NOT_A_DATE));
        assertThat(errors("time", "25:00")).containsExactly(new FieldError("time", FieldError.NOT_A_DATE));
    }

    @Test
    void notAText() {
        assertThat(errors("name", Map.of("vi", "Trường"))).containsExactly(new FieldError("name", FieldError.NOT_A_TEXT));
        assertThat(errors("note", List.of("a", "b"))).containsExactly(new FieldError("note", FieldError.NOT_A_TEXT));
    }

    @Test
    void unknownFieldsAreReportedAndNotKept() {
        Map<String, Object> raw = valid();
        raw.put("zeta", "1");
        raw.put("_csrf", "token");

        FormSubmission submission = validator.validate(SCHEMA, raw);

        assertThat(submission.errors()).containsExactly(
                new FieldError("_csrf", FieldError.UNKNOWN_FIELD, "_csrf"),
                new FieldError("zeta", FieldError.UNKNOWN_FIELD, "zeta"));
        assertThat(submission.values()).doesNotContainKeys("zeta", "_csrf");
        assertThat(submission.errorsFor("zeta")).hasSize(1);
    }

    @Test
    void anInvalidValueIsNotKeptButTheValidOnesAre() {
        Map<String, Object> raw = valid();
        raw.put("count", "nhiều");

        FormSubmission submission = validator.validate(SCHEMA, raw);

        assertThat(submission.values()).doesNotContainKey("count").containsEntry("name", "Trường A");
    }

    @Test
    void aNullMapIsAnEmptySubmission() {
        assertThat(validator.validate(SCHEMA, null).errors()).extracting(FieldError::code)
                .containsOnly(FieldError.REQUIRED);
    }

    @Test
    void everyCodeIsCovered() {
        assertThat(FieldError.CODES).containsExactlyInAnyOrder("required", "minLength", "maxLength", "pattern", "min",
                "max", "notANumber", "notAnOption", "notADate", "notAText", "unknownField");
        assertThat(new FieldError("name", FieldError.MAX_LENGTH, 10).messageKey()).isEqualTo("forms.error.maxLength");
    }
}
