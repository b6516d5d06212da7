package vn.vetflow.catalogue;

import java.util.List;

/**
 * The catalogue files cannot be used. Each problem names the file, the procedure, the version and
 * the field, e.g. {@code processes/catalogue/P1.yaml: procedure P1 version 2: deadlineDays: must be
 * more than 0, was 0}.
 */
public class CatalogueException extends RuntimeException {

    private final List<String> problems;

    public CatalogueException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem found, across all files. */
    public List<String> getProblems() {
        return problems;
    }

    private static String message(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        return problems.size() + " problems in the procedure catalogue:\n  " + String.join("\n  ", problems);
    }
}
