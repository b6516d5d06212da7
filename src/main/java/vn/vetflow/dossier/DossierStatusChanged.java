package vn.vetflow.dossier;

import java.time.Instant;

/**
 * Raised on every status transition, and with {@code from == null} when a dossier is filed; the mail
 * notifier, and later the KPI read model and the national portal sync, listen to it. {@code number} counts
 * the dossier's status changes (1 for its filing): the national portal's sequence, known without a query.
 */
public record DossierStatusChanged(String code, String procedureId, DossierStatus from, DossierStatus to,
                                   String actor, Instant at, int number) {
}
