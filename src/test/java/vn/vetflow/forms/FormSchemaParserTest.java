package vn.vetflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vetflow.forms.TestForms.form;
import static vn.vetflow.forms.TestForms.parse;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormSchemaParserTest {

    @Test
    void readsTitleFieldsValidationAndOptions() {
        FormSchema schema = parse(form("demo", """
                {"id": "t", "type": "text", "text": "# Thẩm định hồ sơ"},
                {"id": "a", "type": "radio", "key": "decision", "label": "Kết quả",
                 "values": [{"label": "Đồng ý", "value": "YES"}, {"label": "Không", "value": "NO"}],
                 "validate": {"required": true}},
                {"id": "b", "type": "textarea", "key": "note", "label": "Ý kiến", "description": "Ghi rõ",
                 "validate": {"minLength": 2, "maxLength": "4000"}},
                {"id": "c", "type": "textfield", "key": "phone", "label": "Điện thoại",
                 "validate": {"pattern": "^0\\\\d{9}$"}},
                {"id": "d", "type": "checkbox", "key": "check", "label": "Kiểm tra", "defaultValue": false}
                """));

        assertThat(schema.id()).isEqualTo("demo");
        assertThat(schema.title()).isEqualTo("Thẩm định hồ sơ");
        assertThat(schema.fields()).extracting(FormField::key).containsExactly("decision", "note", "phone", "check");

        FormField decision = schema.field("decision").orElseThrow();
        assertThat(decision.type()).isEqualTo(FieldType.RADIO);
        assertThat(decision.required()).isTrue();
        assertThat(decision.values()).containsExactly(
                new FormField.Option("Đồng ý", "YES"), new FormField.Option("Không", "NO"));

        FormField note = schema.field("note").orElseThrow();
        assertThat(note.required()).isFalse();
        assertThat(note.minLength()).isEqualTo(2);
        assertThat(note.maxLength()).isEqualTo(4000);
        assertThat(note.description()).isEqualTo("Ghi rõ");

        assertThat(schema.field("phone").orElseThrow().pattern()).isEqualTo("^0\\d{9}$");
        assertThat(schema.field("check").orElseThrow().defaultValue()).isEqualTo(false);
    }

    @Test
    void flattensGroupsInDocumentOrder() {
        FormSchema schema = parse(form("groups", """
                {"id": "a", "type": "textfield", "key": "first", "label": "1"},
                {"id": "g", "type": "group", "label": "Nhóm", "components": [
                  {"id": "b", "type": "textfield", "key": "second", "label": "2"},
                  {"id": "h", "type": "group", "label": "Nhóm con", "components": [
                    {"id": "c", "type": "number", "key": "third", "label": "3", "validate": {"min": 0, "max": "9.5"}}
                  ]}
                ]},
                {"id": "d", "type": "textfield", "key": "fourth", "label": "4"}
                """));

        assertThat(schema.fields()).extracting(FormField::key).containsExactly("first", "second", "third", "fourth");
        FormField third = schema.field("third").orElseThrow();
        assertThat(third.min()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(third.max()).isEqualByComparingTo(new BigDecimal("9.5"));
    }

    @Test
    void datetimeTakesItsDateLabelAndSubtype() {
        FormSchema schema = parse(form("dates", """
                {"id": "a", "type": "datetime", "key": "signedOn", "subtype": "date", "dateLabel": "Ngày ký"},
                {"id": "b", "type": "datetime", "key": "noSubtype", "label": "Nhãn"}
                """));

        FormField signedOn = schema.field("signedOn").orElseThrow();
        assertThat(signedOn.label()).isEqualTo("Ngày ký");
        assertThat(signedOn.dateSubtype()).isEqualTo("date");
        assertThat(schema.field("noSubtype").orElseThrow())
                .extracting(FormField::label, FormField::dateSubtype)
                .containsExactly("Nhãn", "date");
    }

    @Test
    void keepsStaticAndUnknownComponentsWithoutKeys() {
        FormSchema schema = parse(form("static", """
                {"id": "a", "type": "textfield", "key": "name", "label": "Tên"},
                {"id": "t", "type": "text", "text": "# Not a title: not the first component"},
                {"id": "s", "type": "spacer", "height": 30},
                {"id": "btn", "type": "button", "key": "submit", "label": "Gửi", "action": "submit"},
                {"id": "u", "type": "fancy-banner", "label": "Biểu ngữ"}
                """));

        assertThat(schema.title()).isNull();
        assertThat(schema.fields()).extracting(FormField::type)
                .containsExactly(FieldType.TEXTFIELD, FieldType.TEXT, FieldType.TEXT, FieldType.TEXT, FieldType.TEXT);
        assertThat(schema.fields()).extracting(FormField::label)
                .containsExactly("Tên", "# Not a title: not the first component", null, "Gửi", "Biểu ngữ");
        assertThat(schema.inputs()).extracting(FormField::key).containsExactly("name");
        assertThat(schema.field("submit")).isEmpty();
    }

    @Test
    void aFirstTextWithMoreThanAHeadingIsNotTheTitle() {
        FormSchema schema = parse(form("intro", """
                {"id": "t", "type": "text", "text": "# Hướng dẫn\\nĐiền đầy đủ thông tin."}
                """));

        assertThat(schema.title()).isNull();
        assertThat(schema.fields()).hasSize(1);
    }

    @Test
    void rejectsBrokenJson() {
        assertProblem("{\"id\": \"x\", \"components\": [", "not valid JSON");
        assertProblem("{\"id\": \"x\", \"components\": []} trailing", "not valid JSON");
        assertProblem("", "is not a JSON object");
        assertProblem("[]", "is not a JSON object");
        assertProblem("{\"id\": \"x\", \"id\": \"y\", \"components\": []}", "Duplicate field 'id'");
    }

    @Test
    void rejectsAFormWithoutIdOrComponents() {
        assertProblem("{\"type\": \"default\", \"components\": []}", "has no id");
        assertProblem("{\"id\": \" \", \"components\": []}", "has no id");
        assertProblem("{\"id\": \"x\"}", "form 'x' has no components array");
    }

    @Test
    void rejectsDuplicateKeysAlsoAcrossGroups() {
        assertProblem(form("dup", """
                {"id": "a", "type": "textfield", "key": "name", "label": "1"},
                {"id": "g", "type": "group", "components": [
                  {"id": "b", "type": "textarea", "key": "name", "label": "2"}
                ]}
                """), "duplicate key 'name'");
    }

    @Test
    void rejectsDuplicateComponentIds() {
        assertProblem(form("dup", """
                {"id": "a", "type": "textfield", "key": "one", "label": "1"},
                {"id": "a", "type": "textfield", "key": "two", "label": "2"}
                """), "duplicate component id 'a'");
    }

    @Test
    void rejectsKeyedComponentsOfUnsupportedTypes() {
        assertProblem(form("x", """
                {"id": "tags", "type": "taglist", "key": "tags", "label": "Nhãn", "values": [{"label": "A", "value": "A"}]}
                """), "component 'tags' has unsupported type 'taglist'");
        assertProblem(form("x", """
                {"id": "list", "type": "dynamiclist", "path": "items", "components": []}
                """), "unsupported type 'dynamiclist'");
    }

    @Test
    void rejectsInputsWithoutUsableKeys() {
        assertProblem(form("x", "{\"id\": \"a\", \"type\": \"textfield\", \"label\": \"Tên\"}"),
                "textfield 'a' has no key");
        assertProblem(form("x", "{\"id\": \"a\", \"type\": \"textfield\", \"key\": \"org.name\"}"),
                "key 'org.name' is not a plain identifier");
    }

    @Test
    void rejectsWhatTheServerCannotValidate() {
        assertProblem(form("x", "{\"id\": \"a\", \"type\": \"select\", \"key\": \"kind\", \"valuesKey\": \"kinds\"}"),
                "only static values are supported");
        assertProblem(form("x", "{\"id\": \"a\", \"type\": \"radio\", \"key\": \"kind\"}"),
                "key 'kind' has no values");
        assertProblem(form("x", """
                {"id": "a", "type": "radio", "key": "kind", "values": [{"label": "A", "value": "A"}, {"label": "B", "value": "A"}]}
                """), "option value 'A' twice");
        assertProblem(form("x", "{\"id\": \"a\", \"type\": \"textfield\", \"key\": \"code\", \"validate\": {\"pattern\": \"([a-z\"}}"),
                "key 'code' has an invalid pattern");
        assertProblem(form("x", "{\"id\": \"a\", \"type\": \"textfield\", \"key\": \"code\", \"validate\": {\"maxLength\": \"many\"}}"),
                "validate.maxLength that is not a number");
        assertProblem(form("x", "{\"id\": \"a\", \"type\": \"textfield\", \"key\": \"code\", \"validate\": {\"maxLength\": 2.5}}"),
                "validate.maxLength that is not an integer");
        assertProblem(form("x", "{\"id\": \"a\", \"type\": \"datetime\", \"key\": \"on\", \"subtype\": \"week\"}"),
                "unknown datetime subtype 'week'");
        assertProblem(form("x", "{\"id\": \"g\", \"type\": \"group\", \"path\": \"org\", \"components\": []}"),
                "group 'g' has a path");
        assertProblem(form("x", "{\"id\": \"a\", \"label\": \"no type\"}"), "component 'a' has no type");
    }

    private static void assertProblem(String json, String problem) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageStartingWith("test.form: ")
                .hasMessageContaining(problem);
    }

    @Test
    void optionValuesKeepTheirOrder() {
        FormSchema schema = parse(form("o", """
                {"id": "a", "type": "checklist", "key": "kinds", "label": "Loại",
                 "values": [{"label": "C", "value": "C"}, {"label": "A", "value": "A"}, {"label": "B", "value": "B"}]}
                """));
        assertThat(schema.field("kinds").orElseThrow().values()).extracting(FormField.Option::value)
                .isEqualTo(List.of("C", "A", "B"));
    }
}
