package vn.vetflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The task forms as the BPMN processes and the Java code use them: ids, keys, types, option values. A change
 * here is a change of contract with processes/ and must be made there too.
 */
class TaskFormsContractTest {

    record Expected(String key, FieldType type, boolean required, Integer maxLength, List<String> options) {

        static Expected of(String key, FieldType type, boolean required, Integer maxLength, String... options) {
            return new Expected(key, type, required, maxLength, Arrays.asList(options));
        }
    }

    private static final Map<String, List<Expected>> TASK_FORMS = new LinkedHashMap<>();

    static {
        TASK_FORMS.put("reception-check", List.of(
                Expected.of("receptionDecision", FieldType.RADIO, true, null, "ACCEPT", "SUPPLEMENT", "REFUSE"),
                Expected.of("decisionNote", FieldType.TEXTAREA, false, 2000)));
        TASK_FORMS.put("appraisal", List.of(
                Expected.of("appraisalDecision", FieldType.RADIO, true, null,
                        "PROPOSE_APPROVE", "PROPOSE_REFUSE", "SUPPLEMENT"),
                Expected.of("fieldCheckRequired", FieldType.CHECKBOX, false, null),
                Expected.of("appraisalNote", FieldType.TEXTAREA, true, 4000)));
        TASK_FORMS.put("field-check", List.of(
                Expected.of("fieldCheckResult", FieldType.RADIO, true, null, "MET", "NOT_MET"),
                Expected.of("fieldCheckNote", FieldType.TEXTAREA, true, 4000)));
        TASK_FORMS.put("approval", List.of(
                Expected.of("approvalDecision", FieldType.RADIO, true, null, "APPROVE", "RETURN", "REFUSE"),
                Expected.of("approvalNote", FieldType.TEXTAREA, false, 2000)));
        TASK_FORMS.put("chairman-submission", List.of(
                Expected.of("submissionNumber", FieldType.TEXTFIELD, true, 50),
                Expected.of("submissionNote", FieldType.TEXTAREA, false, 2000)));
        TASK_FORMS.put("chairman-decision", List.of(
                Expected.of("chairmanDecision", FieldType.RADIO, true, null, "APPROVED", "REFUSED"),
                Expected.of("chairmanDecisionNumber", FieldType.TEXTFIELD, true, 50),
                Expected.of("chairmanDecisionDate", FieldType.DATETIME, true, null),
                Expected.of("chairmanNote", FieldType.TEXTAREA, false, 2000)));
        TASK_FORMS.put("overdue-extension", List.of(
                Expected.of("newAppointmentDate", FieldType.DATETIME, true, null),
                Expected.of("apologyReason", FieldType.TEXTAREA, true, 2000)));
    }

    private static final Map<String, String> TITLES = Map.of(
            "reception-check", "Kiểm tra, tiếp nhận hồ sơ",
            "appraisal", "Thẩm định hồ sơ",
            "approval", "Phê duyệt kết quả",
            "chairman-submission", "Trình Chủ tịch UBND tỉnh",
            "chairman-decision", "Ghi nhận quyết định của Chủ tịch UBND tỉnh",
            "overdue-extension", "Xin lỗi và hẹn lại ngày trả kết quả");

    @Test
    void theTasksFolderHoldsExactlyTheseForms() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/tasks/*.form");

        assertThat(files).extracting(Resource::getFilename)
                .containsExactlyInAnyOrderElementsOf(TASK_FORMS.keySet().stream().map(id -> id + ".form").toList());
    }

    @Test
    void taskFormsHaveExactlyTheKeysTypesAndOptionsTheProcessesUse() {
        FormRegistry registry = TestForms.realForms();
        TASK_FORMS.forEach((formId, expected) -> {
            FormSchema schema = registry.get(formId);
            List<Expected> actual = schema.inputs().stream()
                    .map(f -> new Expected(f.key(), f.type(), f.required(), f.maxLength(),
                            f.values().stream().map(FormField.Option::value).toList()))
                    .toList();
            assertThat(actual).as("inputs of %s", formId).isEqualTo(expected);
        });
    }

    @Test
    void taskFormsHaveTheirTitlesAndVietnameseOptionLabels() {
        FormRegistry registry = TestForms.realForms();
        TITLES.forEach((formId, title) -> assertThat(registry.get(formId).title()).isEqualTo(title));

        assertThat(options("reception-check", "receptionDecision")).containsExactly(
                "Tiếp nhận hồ sơ", "Yêu cầu bổ sung, hoàn thiện hồ sơ", "Từ chối tiếp nhận");
        assertThat(options("appraisal", "appraisalDecision")).containsExactly(
                "Đề xuất chấp thuận", "Đề xuất từ chối", "Yêu cầu bổ sung hồ sơ");
        assertThat(options("field-check", "fieldCheckResult")).containsExactly(
                "Đáp ứng điều kiện", "Không đáp ứng điều kiện");
        assertThat(options("approval", "approvalDecision")).containsExactly(
                "Phê duyệt", "Trả lại chuyên viên thẩm định", "Từ chối giải quyết");
        assertThat(options("chairman-decision", "chairmanDecision")).containsExactly(
                "Chấp thuận", "Không chấp thuận");

        FormField fieldCheckRequired = registry.get("appraisal").field("fieldCheckRequired").orElseThrow();
        assertThat(fieldCheckRequired.label()).isEqualTo("Cần kiểm tra thực tế điều kiện");
        assertThat(fieldCheckRequired.defaultValue()).isEqualTo(false);
        assertThat(registry.get("appraisal").field("appraisalNote").orElseThrow().label()).isEqualTo("Ý kiến thẩm định");
        assertThat(registry.get("chairman-submission").field("submissionNumber").orElseThrow().label())
                .isEqualTo("Số tờ trình");
        assertThat(registry.get("chairman-decision").field("chairmanDecisionDate").orElseThrow().dateSubtype())
                .isEqualTo("date");
        assertThat(registry.get("overdue-extension").field("newAppointmentDate").orElseThrow().dateSubtype())
                .isEqualTo("date");
    }

    private static List<String> options(String formId, String key) {
        return TestForms.realForms().get(formId).field(key).orElseThrow()
                .values().stream().map(FormField.Option::label).toList();
    }
}
