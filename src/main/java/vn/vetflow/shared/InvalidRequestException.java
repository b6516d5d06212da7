package vn.vetflow.shared;

import java.util.List;

/** A request that cannot be taken as it is; nothing was stored. Carries one violation per field. */
public class InvalidRequestException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super("Invalid request: " + violations);
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
