package vn.vetflow.inspection;

/**
 * An inspection document (the decision, the minutes) was recorded inside its step; its PDF is rendered
 * and signed after commit. Published through the event publication registry, retried until it completes.
 */
public record InspectionDocumentRecorded(long documentId, String inspectionCode, String type) {
}
