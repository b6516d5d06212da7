package vn.vetflow.institution;

/** No institution has this code. */
public class InstitutionNotFoundException extends RuntimeException {

    public InstitutionNotFoundException(String code) {
        super("No institution " + code);
    }
}
