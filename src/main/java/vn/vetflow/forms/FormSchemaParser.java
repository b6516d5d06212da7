package vn.vetflow.forms;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads one form-js JSON document into a {@link FormSchema}; every problem names the source. */
final class FormSchemaParser {

    /** Keys become process variables: plain identifiers only (no dotted paths). */
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern HEADING = Pattern.compile("#{1,6}[ \\t]+(\\S.*)");
    /** Presentation components: never a value, whatever they carry (old schemas gave buttons a key). */
    private static final Set<String> STATIC_TYPES =
            Set.of("text", "html", "image", "spacer", "separator", "button", "iframe", "table");
    private static final Set<String> DATE_SUBTYPES = Set.of(FormField.DATE, FormField.TIME, FormField.DATETIME);

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    FormSchema parse(String source, InputStream in) {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new FormDefinitionException(source, "not valid JSON: " + e.getOriginalMessage() + at(e), e);
        } catch (IOException e) {
            throw new FormDefinitionException(source, "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new FormDefinitionException(source, "is not a JSON object");
        }
        String id = text(root, "id");
        if (id == null) {
            throw new FormDefinitionException(source, "has no id");
        }
        JsonNode components = root.get("components");
        if (components == null || !components.isArray()) {
            throw new FormDefinitionException(source, "form '" + id + "' has no components array");
        }
        Context context = new Context(source);
        String title = null;
        List<FormField> fields = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            Optional<String> heading = i == 0 ? heading(component) : Optional.empty();
            if (heading.isPresent()) {
                context.checkComponentId(component);
                title = heading.get();
            } else {
                collect(context, component, fields);
            }
        }
        return new FormSchema(id, title, fields);
    }

    private void collect(Context context, JsonNode component, List<FormField> out) {
        if (!component.isObject()) {
            throw context.problem("a component is not a JSON object");
        }
        String type = text(component, "type");
        if (type == null) {
            throw context.problem("component " + describe(component) + " has no type");
        }
        context.checkComponentId(component);
        if (type.equals("group")) {
            if (text(component, "path") != null) {
                throw context.problem("group " + describe(component) + " has a path; nested data is not supported");
            }
            JsonNode children = component.get("components");
            if (children == null || !children.isArray()) {
                throw context.problem("group " + describe(component) + " has no components array");
            }
            children.forEach(child -> collect(context, child, out));
            return;
        }
        Optional<FieldType> fieldType = FieldType.fromComponentType(type);
        if (fieldType.isPresent() && fieldType.get() != FieldType.TEXT) {
            out.add(input(context, component, fieldType.get()));
            return;
        }
        if (!STATIC_TYPES.contains(type) && (component.has("key") || component.has("components"))) {
            throw context.problem("component " + describe(component) + " has unsupported type '" + type + "'");
        }
        out.add(FormField.staticText(type.equals("text") ? text(component, "text") : text(component, "label")));
    }

    private FormField input(Context context, JsonNode component, FieldType type) {
        String key = text(component, "key");
        if (key == null) {
            throw context.problem(type.componentType() + " " + describe(component) + " has no key");
        }
        if (!KEY.matcher(key).matches()) {
            throw context.problem("key '" + key + "' is not a plain identifier");
        }
        if (!context.keys.add(key)) {
            throw context.problem("duplicate key '" + key + "'");
        }
        String label = type == FieldType.DATETIME && text(component, "dateLabel") != null
                ? text(component, "dateLabel")
                : text(component, "label");
        JsonNode validate = component.path("validate");
        String pattern = text(validate, "pattern");
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw context.problem("key '" + key + "' has an invalid pattern: " + e.getDescription());
            }
        }
        String dateSubtype = null;
        if (type == FieldType.DATETIME) {
            dateSubtype = Optional.ofNullable(text(component, "subtype")).orElse(FormField.DATE);
            if (!DATE_SUBTYPES.contains(dateSubtype)) {
                throw context.problem("key '" + key + "' has unknown datetime subtype '" + dateSubtype + "'");
            }
        }
        return new FormField(
                key,
                label,
                type,
                validate.path("required").asBoolean(false),
                integer(context, key, validate, "minLength"),
                integer(context, key, validate, "maxLength"),
                pattern,
                decimal(context, key, validate, "min"),
                decimal(context, key, validate, "max"),
                options(context, key, component, type),
                text(component, "description"),
                defaultValue(component.get("defaultValue")),
                dateSubtype);
    }

    private List<FormField.Option> options(Context context, String key, JsonNode component, FieldType type) {
        if (!type.hasOptions()) {
            return List.of();
        }
        if (component.has("valuesKey") || component.has("valuesExpression")) {
            throw context.problem("key '" + key + "' takes its options from data; only static values are supported");
        }
        JsonNode values = component.get("values");
        if (values == null || !values.isArray() || values.isEmpty()) {
            throw context.problem("key '" + key + "' has no values");
        }
        List<FormField.Option> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode value : values) {
            JsonNode raw = value.get("value");
            if (raw == null || !raw.isValueNode() || raw.isNull() || raw.asText().isBlank()) {
                throw context.problem("key '" + key + "' has an option without a value");
            }
            if (!seen.add(raw.asText())) {
                throw context.problem("key '" + key + "' has the option value '" + raw.asText() + "' twice");
            }
            options.add(new FormField.Option(text(value, "label"), raw.asText()));
        }
        return options;
    }

    private static Integer integer(Context context, String key, JsonNode validate, String name) {
        BigDecimal value = decimal(context, key, validate, name);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw context.problem("key '" + key + "' has validate." + name + " that is not an integer");
        }
    }

    /** A number, or a string holding one (the form-js schema allows both). */
    private static BigDecimal decimal(Context context, String key, JsonNode validate, String name) {
        JsonNode node = validate.get(name);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw context.problem("key '" + key + "' has validate." + name + " that is not a number: " + node);
    }

    private static Object defaultValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isArray()) {
            List<String> list = new ArrayList<>();
            node.forEach(element -> list.add(element.asText()));
            return List.copyOf(list);
        }
        return node.isValueNode() ? node.asText() : null;
    }

    private static Optional<String> heading(JsonNode component) {
        if (!"text".equals(text(component, "type")) || text(component, "text") == null) {
            return Optional.empty();
        }
        Matcher matcher = HEADING.matcher(text(component, "text").strip());
        return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    /** A non-blank string property, or {@code null}. */
    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String describe(JsonNode component) {
        String id = text(component, "id");
        String key = text(component, "key");
        return id != null ? "'" + id + "'" : key != null ? "with key '" + key + "'" : "(without id)";
    }

    private static String at(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static final class Context {
        final String source;
        final Set<String> keys = new HashSet<>();
        final Set<String> componentIds = new HashSet<>();

        Context(String source) {
            this.source = source;
        }

        void checkComponentId(JsonNode component) {
            String id = text(component, "id");
            if (id != null && !componentIds.add(id)) {
                throw problem("duplicate component id '" + id + "'");
            }
        }

        FormDefinitionException problem(String problem) {
            return new FormDefinitionException(source, problem);
        }
    }
}
