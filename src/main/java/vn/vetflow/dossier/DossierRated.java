package vn.vetflow.dossier;

/** An applicant rated a returned dossier; the KPI read model listens. */
public record DossierRated(String dossierCode, int score) {
}
