package vn.vetflow.dossier;

import java.time.Instant;

/**
 * Raised on every status transition, and with {@code from == null} when a dossier is filed; the mail
 * notifier, and later the KPI read model and the national portal sync, listen to it.
 */
public record DossierStatusChanged(String code, String procedureId, DossierStatus from, DossierStatus to,
                                   String actor, Instant at) {
}
