package vn.vetflow.forms;

import java.util.List;
import java.util.Optional;

/**
 * A parsed form.
 *
 * @param id     the form-js {@code id}, referenced from BPMN with {@code camunda:formRef}
 * @param title  the heading of the form, or {@code null}: taken from a first component that is a text holding
 *               a single Markdown heading ({@code # Title}); that component is then not among the fields
 * @param fields every component in document order, the contents of {@code group} containers flattened
 */
public record FormSchema(String id, String title, List<FormField> fields) {

    public FormSchema {
        fields = List.copyOf(fields);
    }

    /** The input field with this key. */
    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.isInput() && f.key().equals(key)).findFirst();
    }

    /** The fields that hold a value, in document order. */
    public List<FormField> inputs() {
        return fields.stream().filter(FormField::isInput).toList();
    }
}
