package vn.vetflow.forms;

/** A {@code .form} file that cannot be used; the message names the file and the problem. Fails startup. */
public class FormDefinitionException extends RuntimeException {

    public FormDefinitionException(String source, String problem) {
        super(source + ": " + problem);
    }

    public FormDefinitionException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
