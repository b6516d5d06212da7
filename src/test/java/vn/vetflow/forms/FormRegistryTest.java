package vn.vetflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vetflow.forms.TestForms.form;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/** The registry without a Spring context, on the real forms and on broken ones. */
class FormRegistryTest {

    static final List<String> TASK_FORMS = List.of("reception-check", "appraisal", "field-check", "approval",
            "chairman-submission", "chairman-decision", "overdue-extension");
    static final List<String> APPLICATION_FORMS = List.of("application-p1", "application-p2", "application-p3",
            "application-p4", "application-p5", "application-p6", "application-p7", "application-p8", "application-p9");
    /** The specialized-inspection process's forms (forms/inspection). */
    static final List<String> INSPECTION_FORMS = List.of(
            "inspection-announcement", "inspection-check", "inspection-conclusion",
            "inspection-conclusion-approval", "inspection-decision", "inspection-decision-signoff",
            "inspection-minutes", "inspection-minutes-ack", "inspection-minutes-ack-institution",
            "inspection-minutes-witness", "inspection-notice", "inspection-plan", "inspection-plan-approval",
            "inspection-remediation-report", "inspection-remediation-verify", "inspection-report",
            "inspection-self-assessment", "inspection-violation", "inspection-violation-signoff",
            "inspection-violation-transfer");
    /** The periodic-report process's forms (forms/reporting). */
    static final List<String> REPORTING_FORMS = List.of("reporting-review", "reporting-vet-statistics");

    @Test
    void loadsEveryRealForm() {
        FormRegistry registry = new FormRegistry(new DefaultResourceLoader());

        assertThat(registry.all()).extracting(FormSchema::id)
                .containsExactlyInAnyOrderElementsOf(concat(concat(concat(TASK_FORMS, APPLICATION_FORMS), INSPECTION_FORMS),
                        REPORTING_FORMS));
        for (FormSchema schema : registry.all()) {
            assertThat(schema.title()).as("title of %s", schema.id()).isNotBlank();
            assertThat(schema.inputs()).as("inputs of %s", schema.id()).isNotEmpty()
                    .allSatisfy(field -> assertThat(field.label()).as("label of %s", field.key()).isNotBlank());
        }
    }

    @Test
    void findsFormsById() {
        FormRegistry registry = TestForms.realForms();

        assertThat(registry.exists("appraisal")).isTrue();
        assertThat(registry.get("appraisal").title()).isEqualTo("Thẩm định hồ sơ");
        assertThat(registry.exists("no-such-form")).isFalse();
        assertThatThrownBy(() -> registry.get("no-such-form"))
                .isInstanceOf(UnknownFormException.class)
                .hasMessageContaining("no-such-form")
                .extracting(e -> ((UnknownFormException) e).formId()).isEqualTo("no-such-form");
    }

    @Test
    void rejectsTheSameIdInTwoFiles() {
        List<Resource> resources = List.of(
                resource("forms/a.form", form("same", "")),
                resource("forms/b.form", form("same", "")));

        assertThatThrownBy(() -> new FormRegistry(resources))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("forms/b.form")
                .hasMessageContaining("duplicate form id 'same', also in")
                .hasMessageContaining("forms/a.form");
    }

    @Test
    void namesTheFileThatIsBroken() {
        List<Resource> resources = List.of(
                resource("forms/good.form", form("good", "")),
                resource("forms/broken.form", "{\"id\": \"broken\", \"components\": [}"));

        assertThatThrownBy(() -> new FormRegistry(resources))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("forms/broken.form")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void namesTheFileWithoutIdOrWithDuplicateKeys() {
        assertThatThrownBy(() -> new FormRegistry(List.of(resource("forms/anonymous.form", "{\"components\": []}"))))
                .hasMessageContaining("forms/anonymous.form")
                .hasMessageContaining("has no id");
        String duplicateKeys = form("dup", """
                {"id": "a", "type": "textfield", "key": "name"}, {"id": "b", "type": "textarea", "key": "name"}
                """);
        assertThatThrownBy(() -> new FormRegistry(List.of(resource("forms/dup.form", duplicateKeys))))
                .hasMessageContaining("forms/dup.form")
                .hasMessageContaining("duplicate key 'name'");
    }

    private static Resource resource(String name, String content) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8), name);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
