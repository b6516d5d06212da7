package vn.vetflow.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.DocumentSummary;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;

/**
 * Issued documents get their PDF after the step commits (rendered and signed by a listener of the event
 * publication registry): tests wait for that here instead of sleeping.
 */
@Component
public class TestDocuments {

    /** Generous for a busy 2-core machine; the wait ends as soon as the documents are ready. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final DossierService dossiers;

    TestDocuments(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    /** The dossier's documents, once every one of them has its PDF. */
    public List<DocumentSummary> awaitReady(Dossier dossier) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> dossiers.documents(dossier), list -> !list.isEmpty()
                        && list.stream().allMatch(DocumentSummary::ready));
    }

    /** The text of a PDF in reading order, white space collapsed. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
