package vn.vetflow.publicservice;

import java.time.LocalDate;

/**
 * A dossier passed its appointment date and went to the leaders (the apology task, form 04). Published in
 * the timer's transaction; listen after commit.
 */
public record DossierEscalated(String dossierCode, String procedureId, String procedureName, LocalDate appointment) {
}
