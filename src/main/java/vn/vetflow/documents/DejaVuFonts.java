package vn.vetflow.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The DejaVu Sans faces shipped on the classpath by jasperreports-fonts; they carry every Vietnamese
 * glyph. Each file is read once per process (class initialisation is thread-safe and lazy) and
 * every rendering gets a fresh stream over the cached bytes. System fonts are never used.
 */
final class DejaVuFonts {

    static final String FAMILY = "DejaVu Sans";

    private static final String DIRECTORY = "net/sf/jasperreports/fonts/dejavu/";
    private static final AtomicInteger READS = new AtomicInteger();

    /** One face of the family: the CSS weight and style it answers to, and its file. */
    enum Face {
        REGULAR(400, false, "DejaVuSans.ttf"),
        BOLD(700, false, "DejaVuSans-Bold.ttf"),
        ITALIC(400, true, "DejaVuSans-Oblique.ttf"),
        BOLD_ITALIC(700, true, "DejaVuSans-BoldOblique.ttf");

        final int weight;
        final boolean italic;
        final String file;

        Face(int weight, boolean italic, String file) {
            this.weight = weight;
            this.italic = italic;
            this.file = file;
        }

        /** A new stream over the cached bytes of this face. */
        InputStream open() {
            return new ByteArrayInputStream(Cache.BYTES[ordinal()]);
        }
    }

    private DejaVuFonts() {
    }

    /** How many font files this process has read from the classpath (for tests). */
    static int filesRead() {
        return READS.get();
    }

    /** Holder idiom: the JVM initialises this class once, on first use, under its own lock. */
    private static final class Cache {
        static final byte[][] BYTES = readAll();

        private static byte[][] readAll() {
            Face[] faces = Face.values();
            byte[][] bytes = new byte[faces.length][];
            for (Face face : faces) {
                bytes[face.ordinal()] = read(DIRECTORY + face.file);
            }
            return bytes;
        }

        private static byte[] read(String resource) {
            ClassLoader loader = DejaVuFonts.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font not on the classpath: " + resource
                            + " (dependency net.sf.jasperreports:jasperreports-fonts)");
                }
                byte[] data = in.readAllBytes();
                READS.incrementAndGet();
                return data;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + resource, e);
            }
        }
    }
}
