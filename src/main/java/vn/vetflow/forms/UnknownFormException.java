package vn.vetflow.forms;

/** No form with this id was loaded. */
public class UnknownFormException extends RuntimeException {

    private final String formId;

    public UnknownFormException(String formId) {
        super("Unknown form id '" + formId + "'");
        this.formId = formId;
    }

    public String formId() {
        return formId;
    }
}
