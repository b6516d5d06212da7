package vn.vetflow.publicservice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a file's type from its first bytes, not from its name: a renamed executable is not a PDF.
 * Office Open XML files (docx, xlsx) are zip archives, old Office files (doc, xls) OLE containers.
 */
public final class FileTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1};

    private FileTypes() {
    }

    /** The family the content belongs to: pdf, png, jpg, ooxml or ole. */
    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF)) return Optional.of("pdf");
        if (startsWith(content, PNG)) return Optional.of("png");
        if (startsWith(content, JPEG)) return Optional.of("jpg");
        if (startsWith(content, ZIP)) return Optional.of("ooxml");
        if (startsWith(content, OLE)) return Optional.of("ole");
        return Optional.empty();
    }

    /** Whether the content is one of the allowed types (as the catalogue names them: pdf, jpg, docx …). */
    public static boolean matches(byte[] content, String fileName, java.util.Collection<String> allowed) {
        String extension = extension(fileName);
        if (!allowed.contains(extension) && !("jpeg".equals(extension) && allowed.contains("jpg"))) {
            return false;
        }
        return detect(content).map(family -> switch (extension) {
            case "pdf" -> family.equals("pdf");
            case "png" -> family.equals("png");
            case "jpg", "jpeg" -> family.equals("jpg");
            case "docx", "xlsx" -> family.equals("ooxml");
            case "doc", "xls" -> family.equals("ole");
            default -> false;
        }).orElse(false);
    }

    public static String contentType(String fileName) {
        return switch (extension(fileName)) {
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "doc" -> "application/msword";
            case "xls" -> "application/vnd.ms-excel";
            default -> "application/octet-stream";
        };
    }

    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content != null && content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
