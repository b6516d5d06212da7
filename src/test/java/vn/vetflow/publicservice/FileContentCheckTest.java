package vn.vetflow.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;
import vn.vetflow.support.TestSubmissions;

/** Files are judged by parsing them: active PDFs, polyglots and zip bombs are refused with a reason. */
class FileContentCheckTest {

    @Test
    void aPlainPdfIsAccepted() throws IOException {
        assertThat(FileContentCheck.refusal(pdf(document -> { }), "pdf")).isEmpty();
        assertThat(FileContentCheck.refusal(TestSubmissions.PDF, "pdf")).as("the suite's minimal PDF").isEmpty();
    }

    @Test
    void pdfsThatActOnTheirOwnAreRefused() throws IOException {
        List<byte[]> active = List.of(
                pdf(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"))),
                pdf(document -> {
                    PDPageAdditionalActions actions = new PDPageAdditionalActions();
                    actions.setO(new PDActionJavaScript("this.print()"));
                    document.getPage(0).setActions(actions);
                }),
                pdf(document -> {
                    PDAnnotationLink link = new PDAnnotationLink();
                    PDActionLaunch launch = new PDActionLaunch();
                    launch.setFile(new PDComplexFileSpecification());
                    link.setAction(launch);
                    addAnnotation(document, link);
                }),
                pdf(document -> {
                    PDComplexFileSpecification spec = new PDComplexFileSpecification();
                    spec.setFile("payload.exe");
                    try {
                        spec.setEmbeddedFile(new PDEmbeddedFile(document,
                                new java.io.ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII))));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                    tree.setNames(java.util.Map.of("payload.exe", spec));
                    PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                    names.setEmbeddedFiles(tree);
                    document.getDocumentCatalog().setNames(names);
                }),
                pdf(document -> {
                    PDAcroForm form = new PDAcroForm(document);
                    form.getCOSObject().setItem(COSName.XFA, new COSDictionary());
                    document.getDocumentCatalog().setAcroForm(form);
                }),
                pdf(document -> document.getPage(0).getCOSObject().setItem(COSName.getPDFName("RichMedia"),
                        new COSDictionary())));
        for (byte[] content : active) {
            assertThat(FileContentCheck.refusal(content, "pdf")).contains("dossier.error.file.activeContent");
        }
    }

    @Test
    void aPdfHtmlPolyglotIsRefused() throws IOException {
        byte[] clean = pdf(document -> { });
        byte[] polyglot = concat(clean, "\n%<html><body><script>fetch('/my/dossiers')</script></body></html>\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(FileContentCheck.refusal(polyglot, "pdf")).contains("dossier.error.file.polyglot");
        // whatever the case, and up to the last byte; a lone '<' or a cut-off marker at the end is no markup
        for (String tail : List.of("\n%<SCRIPT>", "\n%<IfRaMe", "\n%<!DocType HTML")) {
            assertThat(FileContentCheck.refusal(concat(clean, tail.getBytes(StandardCharsets.US_ASCII)), "pdf"))
                    .as(tail).contains("dossier.error.file.polyglot");
        }
        for (String tail : List.of("\n%<", "\n%<scrip", "\n%< script")) {
            assertThat(FileContentCheck.refusal(concat(clean, tail.getBytes(StandardCharsets.US_ASCII)), "pdf"))
                    .as(tail).isEmpty();
        }
    }

    @Test
    void encryptedAndDamagedPdfsAreRefused() throws IOException {
        byte[] encrypted = pdf(document -> {
            try {
                document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(FileContentCheck.refusal(encrypted, "pdf")).contains("dossier.error.file.encrypted");
        byte[] damaged = "%PDF-1.7\n\u0000\u0001garbage".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FileContentCheck.refusal(damaged, "pdf")).contains("dossier.error.file.damaged");
    }

    @Test
    void anOrdinaryOfficeFileIsAccepted() throws IOException {
        byte[] docx = zip(out -> {
            entry(out, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            entry(out, "word/document.xml", "<w:document>Đơn đề nghị</w:document>".repeat(500)
                    .getBytes(StandardCharsets.UTF_8));
        });
        assertThat(FileContentCheck.refusal(docx, "docx")).isEmpty();
    }

    @Test
    void zipBombsAndMacrosAreRefused() throws IOException {
        byte[] bomb = zip(out -> {
            entry(out, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            entry(out, "xl/sharedStrings.xml", new byte[40 * 1024 * 1024]);
        });
        assertThat(bomb.length).as("packs 40 MB of zeros into a few KB").isLessThan(200_000);
        assertThat(FileContentCheck.refusal(bomb, "xlsx")).contains("dossier.error.file.zipBomb");

        byte[] crowded = zip(out -> {
            entry(out, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i <= FileContentCheck.MAX_ZIP_ENTRIES; i++) {
                entry(out, "word/part" + i + ".xml", new byte[1]);
            }
        });
        assertThat(FileContentCheck.refusal(crowded, "docx")).contains("dossier.error.file.zipBomb");

        byte[] macros = zip(out -> {
            entry(out, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            entry(out, "word/vbaProject.bin", new byte[10]);
        });
        assertThat(FileContentCheck.refusal(macros, "docx")).contains("dossier.error.file.macros");

        byte[] notOffice = zip(out -> entry(out, "readme.txt", new byte[10]));
        assertThat(FileContentCheck.refusal(notOffice, "docx")).contains("dossier.error.file.damaged");
    }

    private static byte[] pdf(Consumer<PDDocument> change) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.accept(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void addAnnotation(PDDocument document, PDAnnotationLink link) {
        try {
            document.getPage(0).getAnnotations().add(link);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    interface ZipWriter {
        void write(ZipOutputStream out) throws IOException;
    }

    private static byte[] zip(ZipWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            writer.write(out);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
