package vn.vetflow.dossier;

import java.time.Instant;

/**
 * A dossier's digitisation facts changed (Decision 766 digitisation and reuse indicators): its components'
 * {@code attachment.digitised} / {@code attachment.reused_from_dossier}, or its result's
 * {@code dossier.result_digitised}, {@code dossier.result_channel}, {@code dossier.handed_over_at/by},
 * {@code dossier.postal_tracking}. Published with the dossier's save, through the event publication
 * registry; listeners re-read the dossier, so one event or several give the same answer.
 */
public record DigitisationChanged(String dossierCode, String procedureId, Instant at) {
}
