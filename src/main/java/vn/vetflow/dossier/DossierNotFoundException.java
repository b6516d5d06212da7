package vn.vetflow.dossier;

/** No dossier with that code, or none the caller may see: both answer the same, so codes cannot be probed. */
public class DossierNotFoundException extends RuntimeException {

    private final String code;

    public DossierNotFoundException(String code) {
        super("No dossier " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
