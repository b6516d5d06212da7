package vn.vetflow.inspection.steps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.vetflow.inspection.Inspections.StepInput;

/**
 * What a user sent for a step: the form's values (validated against its schema), the files, checklist and
 * recommendations; who sent it and when; the variables of the task's branch (a violation's or a
 * recommendation's id in a multi-instance step).
 */
public record StepWork(String code, String username, Map<String, Object> values, StepInput input,
                       Function<String, Object> variables, Instant at) {

    public String text(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    public LocalDate date(String key) {
        Object value = values.get(key);
        return value == null ? null : LocalDate.parse(value.toString());
    }

    /** The id of the violation or recommendation this branch of a multi-instance step works on. */
    public long branchId(String variable) {
        return Long.parseLong(String.valueOf(variables.apply(variable)));
    }

    /** Logins typed separated by commas. */
    public List<String> logins(String key) {
        String typed = text(key);
        return typed == null ? List.of()
                : Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static boolean isLogin(String typed) {
        return typed == null || typed.matches("[A-Za-z0-9._-]+");
    }
}
