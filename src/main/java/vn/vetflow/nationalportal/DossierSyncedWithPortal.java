package vn.vetflow.nationalportal;

/**
 * The national portal acknowledged the last waiting status of a dossier: every status the dossier has had so far
 * is public on the portal. Published in the transaction that records the acknowledgement; a later status change
 * makes the dossier wait again (that change is published as the dossier's own event).
 */
public record DossierSyncedWithPortal(String dossierCode) {
}
