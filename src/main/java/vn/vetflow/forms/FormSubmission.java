package vn.vetflow.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of validating a submission.
 *
 * @param values the valid values, converted, by key in document order: String (text, select, radio, and a
 *               datetime as ISO {@code yyyy-MM-dd}, {@code HH:mm} or {@code yyyy-MM-ddTHH:mm}), BigDecimal
 *               (number), Boolean (checkbox; {@code false} when not sent), List of String (checklist).
 *               Blank and invalid values are absent.
 * @param errors the problems, fields in document order, then unknown keys
 */
public record FormSubmission(Map<String, Object> values, List<FieldError> errors) {

    public FormSubmission {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<FieldError> errorsFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).toList();
    }
}
