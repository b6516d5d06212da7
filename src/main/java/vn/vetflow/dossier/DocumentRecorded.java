package vn.vetflow.dossier;

/**
 * A document was recorded inside a step; its PDF is to be rendered and signed after commit. Published
 * through the event publication registry, so it survives a crash and is retried until it completes.
 */
public record DocumentRecorded(long documentId, String dossierCode, String type) {
}
