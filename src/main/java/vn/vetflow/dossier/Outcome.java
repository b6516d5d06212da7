package vn.vetflow.dossier;

/** How processing ended: a result was issued, the request was refused, or processing was stopped. */
public enum Outcome {
    RESULT, REFUSED, STOPPED
}
