package vn.vetflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writes the first page of every document to target/documents-preview/ as PNG, so a person can
 * look at the layout: with a full model (receipt.png, refusal.png, ...) and with an empty one
 * (receipt-blank.png, ...), each next to its PDF and the XHTML it was laid out from.
 */
class DocumentPreviewTest {

    private static final Path PREVIEWS = Path.of("target", "documents-preview");
    private static final PdfDocumentRenderer renderer = new PdfDocumentRenderer();

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void writesAPreviewOfTheFirstPage(DocumentType type) throws IOException {
        writePreview(type, DocumentModels.full(type), type.template());
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void writesAPreviewOfTheBlankForm(DocumentType type) throws IOException {
        writePreview(type, Map.of(), type.template() + "-blank");
    }

    private static void writePreview(DocumentType type, Map<String, ?> model, String name) throws IOException {
        byte[] pdf = renderer.render(type, model);
        String xhtml = renderer.renderXhtml(type, model);

        Files.createDirectories(PREVIEWS);
        Path png = PREVIEWS.resolve(name + ".png");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", png.toFile());
            // A4 at 110 dpi.
            assertThat(page.getWidth()).isBetween(905, 915);
        }
        Files.write(PREVIEWS.resolve(name + ".pdf"), pdf);
        Files.writeString(PREVIEWS.resolve(name + ".xhtml"), xhtml);
        assertThat(png).isNotEmptyFile();
    }
}
