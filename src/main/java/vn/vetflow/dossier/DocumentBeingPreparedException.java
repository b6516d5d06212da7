package vn.vetflow.dossier;

/** The document is recorded but its PDF is still being rendered and signed; ask again shortly. */
public class DocumentBeingPreparedException extends RuntimeException {

    private final String dossierCode;

    public DocumentBeingPreparedException(String dossierCode, long documentId) {
        super("Document " + documentId + " of " + dossierCode + " is being prepared");
        this.dossierCode = dossierCode;
    }

    public String dossierCode() {
        return dossierCode;
    }
}
