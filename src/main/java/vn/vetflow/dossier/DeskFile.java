package vn.vetflow.dossier;

/** A component file registered at the desk, and whether it is the scan (digitised copy) of the paper. */
public record DeskFile(UploadedFile file, boolean digitised) {
}
