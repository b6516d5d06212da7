package vn.vetflow.dossier;

import java.time.Instant;

/**
 * An applicant's satisfaction with a returned dossier: 1 (very dissatisfied) to 5 (very satisfied), with an
 * optional comment. One per dossier.
 */
public record Rating(String dossierCode, String procedureId, int score, String comment, Instant ratedAt) {
}
