package vn.vetflow.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a browser sent for a form rendered by our pages: the {@code f.<key>} parameters of each field the schema
 * declares, typed as the validator expects them (a checklist as a list, a checkbox as a boolean, blank text as
 * absent). Shared by every page that renders a Camunda Form: task pages, the application form, the desk.
 */
public final class SentValues {

    private SentValues() {
    }

    /** @param parameterValues the request's values of a parameter, e.g. {@code request::getParameterValues} */
    public static Map<String, Object> of(FormSchema schema, Function<String, String[]> parameterValues) {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            if (field.key() == null) {
                continue;
            }
            String[] sent = parameterValues.apply("f." + field.key());
            if (field.type() == FieldType.CHECKLIST) {
                typed.put(field.key(), sent == null ? List.of() : List.of(sent));
            } else if (field.type() == FieldType.CHECKBOX) {
                typed.put(field.key(), sent != null);
            } else if (sent != null && !sent[0].isBlank()) {
                typed.put(field.key(), sent[0]);
            }
        }
        return typed;
    }
}
