package vn.vetflow.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;

/**
 * Liberation Serif 2.1 (metric-compatible with Times New Roman, the face Decree 30/2020 asks for, with
 * every Vietnamese glyph; SIL OFL, licence next to the files in {@code fonts/liberation/}). Each face is
 * read and parsed once per process; every document then embeds a subset of the already parsed font.
 * FontBox's parsed fonts are shared this way by PDFBox itself (its font cache), reads are synchronised.
 */
final class SerifFonts {

    /** The CSS family name the templates use. */
    static final String FAMILY = "Liberation Serif";

    private static final String DIRECTORY = "fonts/liberation/";
    private static final AtomicInteger PARSES = new AtomicInteger();

    /** One face of the family: the CSS weight and style it answers to, and its file. */
    enum Face {
        REGULAR(400, false, "LiberationSerif-Regular.ttf"),
        BOLD(700, false, "LiberationSerif-Bold.ttf"),
        ITALIC(400, true, "LiberationSerif-Italic.ttf"),
        BOLD_ITALIC(700, true, "LiberationSerif-BoldItalic.ttf");

        final int weight;
        final boolean italic;
        final String file;

        Face(int weight, boolean italic, String file) {
            this.weight = weight;
            this.italic = italic;
            this.file = file;
        }

        /**
         * A supplier that embeds this face into the given document the first time the layout needs it,
         * from the font parsed once (openhtmltopdf would otherwise parse the file for every document).
         */
        PDFontSupplier forDocument(PDDocument document) {
            return new PDFontSupplier(null) {
                private PDFont font;

                @Override
                public PDFont supply() {
                    if (font == null) {
                        try {
                            font = PDType0Font.load(document, Parsed.FONTS[ordinal()], true);
                        } catch (IOException e) {
                            throw new UncheckedIOException("Cannot embed " + file, e);
                        }
                    }
                    return font;
                }
            };
        }
    }

    private SerifFonts() {
    }

    /** How many font files this process has parsed (for tests). */
    static int filesParsed() {
        return PARSES.get();
    }

    /** Holder idiom: the JVM initialises this class once, on first use, under its own lock. */
    private static final class Parsed {
        static final TrueTypeFont[] FONTS = parseAll();

        private static TrueTypeFont[] parseAll() {
            Face[] faces = Face.values();
            TrueTypeFont[] fonts = new TrueTypeFont[faces.length];
            for (Face face : faces) {
                fonts[face.ordinal()] = parse(DIRECTORY + face.file);
            }
            return fonts;
        }

        private static TrueTypeFont parse(String resource) {
            ClassLoader loader = SerifFonts.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font not on the classpath: " + resource);
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                // PDFBox 3.0 would apply the Latin substitutions (ligatures) to every text run, compiling
                // regular expressions each time: half of the background CPU in the lifecycle benchmark. The
                // renderer feeds precomposed (NFC) text, which the cmap maps without them.
                font.setEnableGsub(false);
                PARSES.incrementAndGet();
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + resource, e);
            }
        }
    }
}
