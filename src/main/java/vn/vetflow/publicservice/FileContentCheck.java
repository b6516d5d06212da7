package vn.vetflow.publicservice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * What an applicant's file may not carry, found by reading it rather than trusting its first bytes: a PDF
 * is parsed (PDFBox) and refused when it holds anything that acts on its own (JavaScript, an action run
 * on opening or on events, a program launch, embedded files, rich media, XFA forms) or HTML that a browser
 * could run (a PDF/HTML polyglot); an Office Open XML file (docx, xlsx) is unpacked entry by entry and
 * refused when it is a zip bomb (too many entries, too much unpacked, an absurd ratio, sizes that lie)
 * or carries macros. Answers a message key of the dossier bundle, or empty when the file is acceptable.
 */
public final class FileContentCheck {

    /** Office files of a dossier: a few hundred entries, tens of MB unpacked at most. */
    static final int MAX_ZIP_ENTRIES = 2_000;
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    /** Office XML packs 5-20×; a bomb packs thousands ×. Small files may be anything. */
    static final long MAX_RATIO = 100;
    static final long RATIO_APPLIES_ABOVE = 1024L * 1024;
    /** Objects walked in one PDF before it counts as built to exhaust the checker. */
    static final int MAX_PDF_OBJECTS = 500_000;

    /** Dictionary keys that make a PDF act on its own. */
    private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.OPEN_ACTION,
            COSName.AA, COSName.getPDFName("Launch"), COSName.EMBEDDED_FILES, COSName.EMBEDDED_FILE,
            COSName.getPDFName("RichMedia"), COSName.getPDFName("RichMediaContent"), COSName.XFA);
    /** Action types (/S) that run something, send data away or open another file. */
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"), COSName.getPDFName("GoToE"),
            COSName.getPDFName("GoToR"), COSName.getPDFName("RichMediaExecute"), COSName.getPDFName("Rendition"),
            COSName.getPDFName("Sound"), COSName.getPDFName("Movie"));
    /**
     * Markup a browser would run if it ever took the file for HTML. Each must begin with '<': the scan compares
     * markers only where the file has one (checked when the class loads).
     */
    private static final String[] HTML_MARKERS = {"<script", "<html", "<iframe", "<svg", "<body", "<!doctype html",
            "<object", "<embed"};
    private static final byte[][] HTML_MARKER_BYTES = markerBytes();

    private FileContentCheck() {
    }

    /** The markers as ASCII bytes, once each is known to begin with '<'. */
    private static byte[][] markerBytes() {
        for (String marker : HTML_MARKERS) {
            if (!marker.startsWith("<")) {
                throw new IllegalStateException("An HTML marker must begin with '<': " + marker);
            }
        }
        return Arrays.stream(HTML_MARKERS).map(marker -> marker.getBytes(StandardCharsets.US_ASCII))
                .toArray(byte[][]::new);
    }

    /** The reason to refuse the content, as a message key; empty when nothing is wrong with it. */
    public static Optional<String> refusal(byte[] content, String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "pdf" -> pdf(content);
            case "docx", "xlsx" -> officeOpenXml(content);
            default -> Optional.empty();
        };
    }

    static Optional<String> pdf(byte[] content) {
        if (containsHtml(content)) {
            return Optional.of("dossier.error.file.polyglot");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                // Encrypted content cannot be checked; an applicant's copy of a paper never needs it.
                return Optional.of("dossier.error.file.encrypted");
            }
            return hasActiveContent(document.getDocument().getTrailer())
                    ? Optional.of("dossier.error.file.activeContent") : Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of("dossier.error.file.encrypted");
        } catch (IOException | RuntimeException e) {
            return Optional.of("dossier.error.file.damaged");
        }
    }

    /** Walks every object reachable from the trailer (catalogue, pages, annotations, forms, names). */
    private static boolean hasActiveContent(COSDictionary trailer) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> open = new ArrayDeque<>();
        open.push(trailer);
        while (!open.isEmpty()) {
            COSBase next = open.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (seen.size() > MAX_PDF_OBJECTS) {
                return true;
            }
            if (next instanceof COSDictionary dictionary) {
                for (COSName key : dictionary.keySet()) {
                    if (ACTIVE_KEYS.contains(key)) {
                        return true;
                    }
                }
                if (dictionary.getDictionaryObject(COSName.S) instanceof COSName action
                        && ACTIVE_ACTIONS.contains(action)) {
                    return true;
                }
                dictionary.getValues().forEach(open::push);
            } else if (next instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    open.push(array.get(i));
                }
            }
        }
        return false;
    }

    /**
     * One pass over the bytes, comparing ASCII letters without case at each '<' (the markers are ASCII): the
     * same answer as searching the lower-cased Latin-1 text, without copying a large file twice first.
     */
    private static boolean containsHtml(byte[] content) {
        for (int at = 0; at < content.length; at++) {
            if (content[at] == '<') {
                for (byte[] marker : HTML_MARKER_BYTES) {
                    if (startsWithIgnoringCase(content, at, marker)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringCase(byte[] content, int at, byte[] marker) {
        if (content.length - at < marker.length) {
            return false;
        }
        for (int i = 0; i < marker.length; i++) {
            int b = content[at + i];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != marker[i]) {
                return false;
            }
        }
        return true;
    }

    static Optional<String> officeOpenXml(byte[] content) {
        int entries = 0;
        long unpacked = 0;
        boolean contentTypes = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return Optional.of("dossier.error.file.zipBomb");
                }
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                }
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    return Optional.of("dossier.error.file.macros");
                }
                long entryBytes = 0;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    entryBytes += read;
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES
                            || (unpacked > RATIO_APPLIES_ABOVE && unpacked > MAX_RATIO * content.length)) {
                        return Optional.of("dossier.error.file.zipBomb");
                    }
                }
                if (entry.getSize() >= 0 && entry.getSize() != entryBytes) {
                    return Optional.of("dossier.error.file.zipBomb"); // the declared size lies
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of("dossier.error.file.damaged");
        }
        return contentTypes && entries > 0 ? Optional.empty() : Optional.of("dossier.error.file.damaged");
    }

}
