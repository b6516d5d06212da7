package vn.vetflow.inspection;

import java.time.Instant;

/**
 * A document of an inspection.
 *
 * @param type     DECISION, PLAN, NOTICE, ANNOUNCEMENT, SELF_ASSESSMENT, MINUTES, REPORT, CONCLUSION, SANCTION,
 *                 CHAIRMAN_SUBMISSION; its label is the message {@code inspection.document.<type>}
 * @param inSystem drawn up in the system (false: registered from paper)
 * @param channel  how it reached the other party: SYSTEM, PAPER, or null when not exchanged
 * @param preparing recorded for a PDF that is still being rendered and signed after commit
 */
public record InspectionDocument(long id, String inspectionCode, String type, String number, String content,
                                 boolean inSystem, String channel, String createdBy, Instant createdAt,
                                 String signedBy, Instant signedAt, String leadAcknowledgedBy,
                                 Instant leadAcknowledgedAt, String institutionAcknowledgedBy,
                                 Instant institutionAcknowledgedAt, boolean hasPdf, boolean preparing) {
}
