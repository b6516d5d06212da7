package vn.vetflow.dossier;

/**
 * A file for one dossier component. The name is kept for display only and never used as a path.
 */
public record UploadedFile(String componentCode, String fileName, String contentType, byte[] content) {
}
