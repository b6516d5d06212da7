package vn.vetflow.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks what a browser or an API client sent against a form schema, with the rules form-js applies in
 * Tasklist, and converts the values. Never throws on user input: every problem is a {@link FieldError}.
 *
 * <p>Input values may be Strings (a form post), JSON types (Number, Boolean, List), or a List or array of
 * one element (a multi-valued request parameter). A field reports at most one error.
 */
@Component
public class FormValidator {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d{1,40}(\\.\\d{1,40})?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern VIETNAMESE_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter ISO_DATE_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE_DATE_FORMAT =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> TRUE = Set.of("true", "on");
    private static final Set<String> FALSE = Set.of("false", "off");

    /** Marks a value that is not a single scalar (several list elements, a map, ...). */
    private static final Object NOT_SCALAR = new Object();

    public FormSubmission validate(FormSchema schema, Map<String, ?> raw) {
        Map<String, ?> input = raw == null ? Map.of() : raw;
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (FormField field : schema.inputs()) {
            Result result = check(field, input.get(field.key()));
            if (result.error != null) {
                errors.add(result.error);
            } else if (result.value != null) {
                values.put(field.key(), result.value);
            }
        }
        input.keySet().stream()
                .filter(key -> key == null || schema.field(key).isEmpty())
                .map(String::valueOf)
                .sorted()
                .forEach(key -> errors.add(new FieldError(key, FieldError.UNKNOWN_FIELD, key)));
        return new FormSubmission(values, errors);
    }

    private Result check(FormField field, Object raw) {
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> text(field, single(raw));
            case NUMBER -> number(field, single(raw));
            case CHECKBOX -> checkbox(field, single(raw));
            case SELECT, RADIO -> option(field, single(raw));
            case CHECKLIST -> checklist(field, raw);
            case DATETIME -> dateTime(field, single(raw));
            case TEXT -> Result.absent();
        };
    }

    private Result text(FormField field, Object raw) {
        if (raw == NOT_SCALAR) {
            return Result.error(field, FieldError.NOT_A_TEXT);
        }
        String value = scalarText(raw);
        if (value == null) {
            return field.required() ? Result.error(field, FieldError.REQUIRED) : Result.absent();
        }
        value = Normalizer.normalize(value, Normalizer.Form.NFC);
        int length = value.codePointCount(0, value.length());
        if (field.minLength() != null && length < field.minLength()) {
            return Result.error(field, FieldError.MIN_LENGTH, field.minLength());
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            return Result.error(field, FieldError.MAX_LENGTH, field.maxLength());
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(value).find()) {
            return Result.error(field, FieldError.PATTERN);
        }
        return Result.of(value);
    }

    private Result number(FormField field, Object raw) {
        if (raw == null || (raw instanceof CharSequence s && s.toString().isBlank())) {
            return field.required() ? Result.error(field, FieldError.REQUIRED) : Result.absent();
        }
        BigDecimal value = toDecimal(raw);
        if (value == null) {
            return Result.error(field, FieldError.NOT_A_NUMBER);
        }
        if (field.min() != null && value.compareTo(field.min()) < 0) {
            return Result.error(field, FieldError.MIN, field.min());
        }
        if (field.max() != null && value.compareTo(field.max()) > 0) {
            return Result.error(field, FieldError.MAX, field.max());
        }
        return Result.of(value);
    }

    private Result checkbox(FormField field, Object raw) {
        Boolean value;
        if (raw == null) {
            value = Boolean.FALSE; // a browser sends nothing for an unchecked box
        } else if (raw instanceof Boolean b) {
            value = b;
        } else if (raw instanceof CharSequence s) {
            String text = s.toString().strip().toLowerCase(Locale.ROOT);
            value = TRUE.contains(text) ? Boolean.TRUE : FALSE.contains(text) || text.isEmpty() ? Boolean.FALSE : null;
        } else {
            value = null;
        }
        if (value == null) {
            return Result.error(field, FieldError.NOT_AN_OPTION);
        }
        if (field.required() && !value) {
            return Result.error(field, FieldError.REQUIRED);
        }
        return Result.of(value);
    }

    private Result option(FormField field, Object raw) {
        if (raw == NOT_SCALAR) {
            return Result.error(field, FieldError.NOT_AN_OPTION);
        }
        String value = scalarText(raw);
        if (value == null) {
            return field.required() ? Result.error(field, FieldError.REQUIRED) : Result.absent();
        }
        return field.hasOption(value) ? Result.of(value) : Result.error(field, FieldError.NOT_AN_OPTION);
    }

    private Result checklist(FormField field, Object raw) {
        Collection<?> elements = raw instanceof Collection<?> c ? c
                : raw instanceof Object[] array ? Arrays.asList(array)
                : raw == null ? List.of()
                : List.of(raw);
        Set<String> chosen = new LinkedHashSet<>();
        for (Object element : elements) {
            if (element instanceof Collection<?> || element instanceof Map<?, ?> || element instanceof Object[]) {
                return Result.error(field, FieldError.NOT_AN_OPTION);
            }
            String value = scalarText(element);
            if (value == null) {
                continue;
            }
            if (!field.hasOption(value)) {
                return Result.error(field, FieldError.NOT_AN_OPTION);
            }
            chosen.add(value);
        }
        if (chosen.isEmpty()) {
            return field.required() ? Result.error(field, FieldError.REQUIRED) : Result.absent();
        }
        return Result.of(List.copyOf(chosen));
    }

    private Result dateTime(FormField field, Object raw) {
        if (raw instanceof LocalDate date && FormField.DATE.equals(field.dateSubtype())) {
            return Result.of(date.toString());
        }
        if (raw != null && !(raw instanceof CharSequence)) {
            return Result.error(field, FieldError.NOT_A_DATE);
        }
        String text = scalarText(raw);
        if (text == null) {
            return field.required() ? Result.error(field, FieldError.REQUIRED) : Result.absent();
        }
        String value = switch (Objects.requireNonNullElse(field.dateSubtype(), FormField.DATE)) {
            case FormField.TIME -> time(text);
            case FormField.DATETIME -> dateTime(text);
            default -> date(text);
        };
        return value == null ? Result.error(field, FieldError.NOT_A_DATE) : Result.of(value);
    }

    /** {@code yyyy-MM-dd} or {@code dd/MM/yyyy} as ISO {@code yyyy-MM-dd}, or {@code null}. */
    private static String date(String text) {
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return LocalDate.parse(text, ISO_DATE_FORMAT).toString();
            }
            if (VIETNAMESE_DATE.matcher(text).matches()) {
                return LocalDate.parse(text, VIETNAMESE_DATE_FORMAT).toString();
            }
        } catch (DateTimeParseException e) {
            // not a date: reported by the caller
        }
        return null;
    }

    /** form-js time values: {@code HH:mm}, with an offset or {@code Z} when so configured. */
    private static String time(String text) {
        try {
            return LocalTime.parse(text).toString();
        } catch (DateTimeParseException e) {
            try {
                return OffsetTime.parse(text).toString();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** form-js date-time values: {@code yyyy-MM-ddTHH:mm}, with an offset or {@code Z} when so configured. */
    private static String dateTime(String text) {
        try {
            return LocalDateTime.parse(text).toString();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toString();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** A number within 40 digits before and after the point, or {@code null}. */
    private static BigDecimal toDecimal(Object raw) {
        BigDecimal value = anyDecimal(raw);
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        boolean withinLimits = stripped.precision() - stripped.scale() <= 40 && stripped.scale() <= 40;
        return withinLimits ? value : null;
    }

    private static BigDecimal anyDecimal(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (raw instanceof CharSequence s) {
            String text = s.toString().strip();
            return PLAIN_NUMBER.matcher(text).matches() ? new BigDecimal(text) : null;
        }
        return null;
    }

    /** A List or array of one element stands for that element; of none, for nothing. */
    private static Object single(Object raw) {
        List<?> list = raw instanceof List<?> l ? l : raw instanceof Object[] array ? Arrays.asList(array) : null;
        if (list != null) {
            return list.isEmpty() ? null : list.size() == 1 ? single(list.get(0)) : NOT_SCALAR;
        }
        return raw instanceof Map<?, ?> || raw instanceof Collection<?> ? NOT_SCALAR : raw;
    }

    /** The trimmed text of a String, Number or Boolean; {@code null} when absent or blank. */
    private static String scalarText(Object raw) {
        if (raw == null || raw == NOT_SCALAR) {
            return null;
        }
        String text;
        if (raw instanceof CharSequence || raw instanceof Boolean) {
            text = raw.toString();
        } else if (raw instanceof Number n) {
            BigDecimal d = toDecimal(n);
            text = d == null ? n.toString() : d.toPlainString();
        } else {
            text = raw.toString();
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    private record Result(Object value, FieldError error) {

        static Result of(Object value) {
            return new Result(value, null);
        }

        static Result absent() {
            return new Result(null, null);
        }

        static Result error(FormField field, String code, Object... args) {
            return new Result(null, new FieldError(field.key(), code, args));
        }
    }
}
