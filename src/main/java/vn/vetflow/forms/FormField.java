package vn.vetflow.forms;

import java.math.BigDecimal;
import java.util.List;

/**
 * One component of a form, as the server needs it.
 *
 * @param key          the variable name; {@code null} for static content ({@link FieldType#TEXT})
 * @param label        the label ({@code dateLabel} for a datetime); for static text, its Markdown content
 * @param type         the component type
 * @param required     {@code validate.required}; for a checkbox it means "must be checked"
 * @param minLength    {@code validate.minLength}, in characters, or {@code null}
 * @param maxLength    {@code validate.maxLength}, in characters, or {@code null}
 * @param pattern      {@code validate.pattern}, a regular expression searched in the value (as form-js does:
 *                     anchor it with {@code ^...$} to match the whole value), or {@code null}
 * @param min          {@code validate.min} for numbers, or {@code null}
 * @param max          {@code validate.max} for numbers, or {@code null}
 * @param values       the options of a select, radio or checklist; empty otherwise
 * @param description  the help text under the field, or {@code null}
 * @param defaultValue the form-js {@code defaultValue} (String, Boolean, BigDecimal or List of String), or
 *                     {@code null}
 * @param dateSubtype  for a datetime: {@code date}, {@code time} or {@code datetime}; {@code null} otherwise
 */
public record FormField(
        String key,
        String label,
        FieldType type,
        boolean required,
        Integer minLength,
        Integer maxLength,
        String pattern,
        BigDecimal min,
        BigDecimal max,
        List<Option> values,
        String description,
        Object defaultValue,
        String dateSubtype) {

    public static final String DATE = "date";
    public static final String TIME = "time";
    public static final String DATETIME = "datetime";

    public FormField {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** An option of a select, radio or checklist. */
    public record Option(String label, String value) {
    }

    /** Whether this component holds a value (has a key), as opposed to static content. */
    public boolean isInput() {
        return key != null;
    }

    public boolean hasOption(String value) {
        return values.stream().anyMatch(option -> option.value().equals(value));
    }

    static FormField staticText(String content) {
        return new FormField(null, content, FieldType.TEXT, false, null, null, null, null, null, List.of(), null,
                null, null);
    }
}
