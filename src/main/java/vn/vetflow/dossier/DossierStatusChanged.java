package vn.vetflow.dossier;

import java.time.Instant;

/** Raised on every status transition; the KPI read model and the portal sync listen to it. */
public record DossierStatusChanged(String code, String procedureId, DossierStatus from, DossierStatus to,
                                   String actor, Instant at) {
}
