package vn.vetflow.inspection;

import java.time.Instant;

/** A file of an inspection (evidence, remediation report, scan); its content is read on demand. */
public record InspectionFile(long id, String inspectionCode, String purpose, Long refId, String fileName,
                             String contentType, long size, String uploadedBy, Instant uploadedAt) {
}
