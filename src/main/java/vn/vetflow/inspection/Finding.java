package vn.vetflow.inspection;

import java.time.Instant;

/**
 * A finding of the check; a violation is handled one by one.
 *
 * @param handling SANCTION, CHAIRMAN, TRANSFER, RECORD_ONLY or INVESTIGATION (null until decided)
 */
public record Finding(long id, String itemCode, String area, String description, boolean violation, String handling,
                      String legalGround, String limitationPeriod, String competentBody, String handlingNote,
                      String signedNumber, Instant handledAt, Instant createdAt) {
}
