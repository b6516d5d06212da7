package vn.vetflow.dossier;

/** A transition the national status model does not allow, e.g. withdrawing a returned dossier. */
public class IllegalDossierTransitionException extends RuntimeException {

    private final String code;
    private final DossierStatus from;
    private final DossierStatus to;

    public IllegalDossierTransitionException(String code, DossierStatus from, DossierStatus to) {
        super("Dossier " + code + " cannot move from " + from + " to " + to);
        this.code = code;
        this.from = from;
        this.to = to;
    }

    public String code() { return code; }
    public DossierStatus from() { return from; }
    public DossierStatus to() { return to; }
}
