package vn.vetflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The application forms (one per procedure) are realistic and validate as intended. */
class ApplicationFormsTest {

    private final FormRegistry registry = TestForms.realForms();
    private final FormValidator validator = new FormValidator();

    @Test
    void everyProcedureHasAnApplicationFormOfSixToTenFields() {
        for (String formId : FormRegistryTest.APPLICATION_FORMS) {
            assertThat(registry.get(formId).inputs()).as("inputs of %s", formId).hasSizeBetween(6, 10);
        }
    }

    @Test
    void p1AsksForTheRegistrationData() {
        FormSchema p1 = registry.get("application-p1");

        assertThat(p1.inputs()).extracting(FormField::key).containsExactly("institutionName", "institutionType",
                "address", "legalRepresentative", "phone", "email", "occupations", "plannedEnrolment", "trainingArea",
                "permanentTeachers");
        assertThat(p1.field("institutionType").orElseThrow().values()).containsExactly(
                new FormField.Option("Trường trung cấp", "TRUNG_CAP"),
                new FormField.Option("Trung tâm giáo dục nghề nghiệp", "TRUNG_TAM"),
                new FormField.Option("Doanh nghiệp", "DOANH_NGHIEP"));
        FormField enrolment = p1.field("plannedEnrolment").orElseThrow();
        assertThat(enrolment.required()).isTrue();
        assertThat(enrolment.min()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(p1.field("trainingArea").orElseThrow().min()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void p1AcceptsACompleteApplication() {
        FormSubmission submission = validator.validate(registry.get("application-p1"), p1Application());

        assertThat(submission.errors()).isEmpty();
        assertThat(submission.values()).containsEntry("institutionType", "TRUNG_TAM")
                .containsEntry("plannedEnrolment", new BigDecimal("300"));
    }

    @Test
    void phoneNumbersAreVietnameseMobileOrLandlineNumbers() {
        FormSchema p1 = registry.get("application-p1");
        for (String good : List.of("0912345678", "0387654321", "+84912345678", "02363812345", "02438123456")) {
            Map<String, Object> raw = p1Application();
            raw.put("phone", good);
            assertThat(validator.validate(p1, raw).errors()).as(good).isEmpty();
        }
        for (String bad : List.of("091234567", "09123456789", "0123456789", "0912 345 678", "84912345678", "phone")) {
            Map<String, Object> raw = p1Application();
            raw.put("phone", bad);
            assertThat(validator.validate(p1, raw).errors()).as(bad)
                    .containsExactly(new FieldError("phone", FieldError.PATTERN));
        }
    }

    @Test
    void emailAddressesNeedAnAtAndADomain() {
        FormSchema p1 = registry.get("application-p1");
        Map<String, Object> raw = p1Application();
        raw.put("email", "tuyen.sinh@truongtc.edu.vn");
        assertThat(validator.validate(p1, raw).isValid()).isTrue();
        for (String bad : List.of("tuyen.sinh", "a@b", "a b@c.vn", "@c.vn")) {
            raw.put("email", bad);
            assertThat(validator.validate(p1, raw).errors()).as(bad)
                    .containsExactly(new FieldError("email", FieldError.PATTERN));
        }
    }

    @Test
    void p2AsksForTheKindOfSupplementAndTheExistingCertificate() {
        FormSchema p2 = registry.get("application-p2");

        assertThat(p2.field("certificateNumber").orElseThrow().required()).isTrue();
        assertThat(p2.field("supplementType").orElseThrow().values()).extracting(FormField.Option::value)
                .containsExactly("NEW_OCCUPATION", "ENROLMENT_ABOVE_SCALE", "NEW_LOCATION", "RELOCATION",
                        "DIVISION_MERGER");
    }

    @Test
    void otherProceduresAskForWhatTheirDossiersNeed() {
        assertThat(keys("application-p3")).contains("schoolName", "branchName", "branchAddress", "plannedScale",
                "reasons");
        assertThat(keys("application-p4")).contains("schoolName", "branchName", "branchAddress", "plannedScale",
                "reasons", "investorName", "investorNationality");
        assertThat(keys("application-p8")).contains("schoolName", "boardTerm", "boardChair", "memberCount",
                "minutesNumber", "minutesDate");
        assertThat(keys("application-p9")).contains("schoolName", "nomineeFullName", "nomineeDateOfBirth",
                "nomineeQualifications", "boardResolutionNumber");
    }

    private List<String> keys(String formId) {
        return registry.get(formId).inputs().stream().map(FormField::key).toList();
    }

    private static Map<String, Object> p1Application() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("institutionName", "Trung tâm Giáo dục nghề nghiệp huyện Hòa Vang");
        raw.put("institutionType", "TRUNG_TAM");
        raw.put("address", "Thôn Phước Thuận, xã Hòa Nhơn, huyện Hòa Vang");
        raw.put("legalRepresentative", "Nguyễn Thị Hồng");
        raw.put("phone", "0912345678");
        raw.put("occupations", "Kỹ thuật chế biến món ăn, sơ cấp, 120 người/năm\nMay thời trang, sơ cấp, 180 người/năm");
        raw.put("plannedEnrolment", "300");
        raw.put("trainingArea", "1250.5");
        raw.put("permanentTeachers", "12");
        return raw;
    }
}
