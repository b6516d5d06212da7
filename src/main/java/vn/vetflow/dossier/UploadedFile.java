package vn.vetflow.dossier;

/**
 * A file for one dossier component. The name is kept for display only and never used as a path.
 */
public record UploadedFile(String componentCode, String fileName, String contentType, byte[] content) {

    private static final String UNNAMED = "tep-dinh-kem";

    /** The last path segment of what a browser or client sent, without control characters, at most 200 chars. */
    public static String displayName(String original) {
        if (original == null || original.isBlank()) {
            return UNNAMED;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return UNNAMED;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
