package vn.vetflow.forms;

import java.util.List;

/**
 * A problem with one submitted value.
 *
 * @param field the field key (for {@link #UNKNOWN_FIELD}, the submitted key)
 * @param code  one of the constants below; the message is {@code forms.error.<code>} in {@code i18n/forms}
 * @param args  message arguments ({@code {0}}): the limit for minLength, maxLength, min, max; the key for
 *              unknownField; none otherwise
 */
public record FieldError(String field, String code, List<Object> args) {

    public static final String REQUIRED = "required";
    public static final String MIN_LENGTH = "minLength";
    public static final String MAX_LENGTH = "maxLength";
    public static final String PATTERN = "pattern";
    public static final String MIN = "min";
    public static final String MAX = "max";
    public static final String NOT_A_NUMBER = "notANumber";
    public static final String NOT_AN_OPTION = "notAnOption";
    public static final String NOT_A_DATE = "notADate";
    /** A text field received a list or an object instead of a single value. */
    public static final String NOT_A_TEXT = "notAText";
    public static final String UNKNOWN_FIELD = "unknownField";

    /** Every code, for message bundle checks. */
    public static final List<String> CODES = List.of(REQUIRED, MIN_LENGTH, MAX_LENGTH, PATTERN, MIN, MAX,
            NOT_A_NUMBER, NOT_AN_OPTION, NOT_A_DATE, NOT_A_TEXT, UNKNOWN_FIELD);

    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public FieldError(String field, String code, Object... args) {
        this(field, code, List.of(args));
    }

    /** The message key, for a {@code MessageSource} with {@code args().toArray()}. */
    public String messageKey() {
        return "forms.error." + code;
    }
}
