package vn.vetflow.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads back what a rendered PDF says. */
final class PdfText {

    private PdfText() {
    }

    /**
     * The text of every page in reading order (top to bottom, left to right: the two columns of the
     * letterhead and of the signature block share lines), each run of white space collapsed to one
     * space.
     */
    static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
