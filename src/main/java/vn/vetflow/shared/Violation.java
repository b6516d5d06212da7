package vn.vetflow.shared;

import java.util.List;

/** One thing wrong with a request: the field, a message key of the bundles, and its arguments. */
public record Violation(String field, String messageKey, List<Object> args) {

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args));
    }
}
