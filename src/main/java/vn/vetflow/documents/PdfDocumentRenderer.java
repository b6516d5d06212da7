package vn.vetflow.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the official documents of the one-stop flow ({@link DocumentType}) as A4 PDF with
 * correct Vietnamese text: a Thymeleaf template from {@code templates/documents/} becomes XHTML,
 * which openhtmltopdf lays out with the embedded Liberation Serif fonts (Times New Roman metrics). The layout follows Decree
 * 30/2020 (margins 2 cm top, 1.5 cm right, 2 cm bottom, 3 cm left; agency and national motto at the
 * top, title centred, signature block at the bottom right; pages numbered from the second one).
 * The PDF is tagged (PDF/UA) in Vietnamese; its metadata title is the document's title, its subject
 * the title and the dossier code, its author the agency.
 *
 * <p>The renderer has its own template engine, independent of the web application's Thymeleaf
 * setup. It is thread-safe; the fonts are read and parsed once per process.
 *
 * <h2>Model</h2>
 * A flat map of values already formatted for display (strings, and lists of strings or of maps).
 * Every key is optional: a missing key leaves a dotted blank where the form needs a value and drops
 * the line where it does not. {@code null}, blank strings and empty lists count as missing. Strings
 * are normalised to Unicode NFC (Vietnamese typed as combining marks becomes precomposed letters)
 * and characters that XML forbids are removed. All values are printed as text, never as markup.
 *
 * <p>Common to every document:
 * <ul>
 *   <li>{@code agencyParent}: the supervising body, e.g. "UBND TỈNH LÀO CAI";</li>
 *   <li>{@code agencyName}: the issuing body, e.g. "SỞ GIÁO DỤC VÀ ĐÀO TẠO";</li>
 *   <li>{@code place}, {@code issuedDay}, {@code issuedMonth}, {@code issuedYear}: "Lào Cai",
 *       "15", "01", "2026", printed as "Lào Cai, ngày 15 tháng 01 năm 2026";</li>
 *   <li>{@code documentNumber}: printed after "Số: ", e.g. "15/GTN-SGDĐT";</li>
 *   <li>{@code dossierCode}, {@code procedureName};</li>
 *   <li>{@code applicantName}, {@code applicantIdNumber}, {@code applicantAddress},
 *       {@code applicantEmail}, {@code applicantPhone};</li>
 *   <li>{@code signerTitle} (a line break in it starts a new line, e.g. "KT. GIÁM ĐỐC\nPHÓ GIÁM
 *       ĐỐC"), {@code signerName}: the signature block, marked "(Đã ký điện tử)";</li>
 *   <li>{@code lookupUrl}: where the applicant follows the dossier online.</li>
 * </ul>
 * {@link DocumentType#RECEIPT}: {@code receivedAt} ("10:30, 15/01/2026"), {@code appointmentDate}
 * ("29/01/2026"), {@code components} (a list of maps with {@code name}, {@code fileName} and, for a
 * component reused from the applicant's data store, {@code reusedFrom}), {@code channel} ("Trực tuyến"), {@code officerName}, optional {@code appointmentNote} (a provisional
 * or corrected date).
 * <br>{@link DocumentType#SUPPLEMENT_REQUEST}: {@code requestedItems} (list of strings),
 * {@code requestText}, {@code supplementDeadline} ("22/01/2026"), {@code round} ("1").
 * <br>{@link DocumentType#REFUSAL}: {@code reasons} (list of strings).
 * <br>{@link DocumentType#APOLOGY}: {@code oldAppointmentDate}, {@code newAppointmentDate},
 * {@code apologyReason}.
 * <br>{@link DocumentType#STOP_NOTICE}: {@code reasons} (list of strings).
 * <br>{@link DocumentType#RESULT}: {@code resultTitle} (e.g. "GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG
 * GIÁO DỤC NGHỀ NGHIỆP"), {@code resultBody} (list of paragraphs), {@code decisionBasis} (list of
 * legal bases, each printed as "Căn cứ ...;"), optional {@code proposalBasis} (the cited Tờ trình).
 * <br>{@link DocumentType#SUBMISSION}: {@code submissionSubject}, {@code addressee}, {@code proposer},
 * {@code receivedOn}, {@code decisionBasis}, {@code appraisalSummary} and {@code proposal} (lists of
 * paragraphs), {@code recipients} (list of lines).
 * <br>{@link DocumentType#CONTROL_SLIP}: {@code slipRows} (list of maps with {@code step}, {@code actor},
 * {@code action}, {@code at}, {@code dueOn}, {@code timeliness}, {@code note}), {@code printedAt}, optional
 * {@code reusedComponents} (list of maps with {@code name}, {@code fileName}, {@code from}: the dossier each
 * was reused from).
 *
 * <p>The renderer adds {@code documentTitle} and {@code formNumber} itself (they override the
 * model).
 */
@Component
public class PdfDocumentRenderer {

    static final String TEMPLATE_PREFIX = "templates/documents/";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String PRODUCER = "vetflow";

    static {
        // openhtmltopdf logs through one global; route it to SLF4J (see Slf4jXRLogger).
        XRLog.setLoggerImpl(new Slf4jXRLogger());
        JdkXmlFactories.use();
    }

    private final TemplateEngine templateEngine;
    private final String baseUri;

    public PdfDocumentRenderer() {
        ClassLoader loader = PdfDocumentRenderer.class.getClassLoader();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(loader);
        resolver.setPrefix(TEMPLATE_PREFIX);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        // The Spring flavour evaluates ${...} with SpEL (OGNL is not on the classpath); it needs
        // no application context.
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        this.templateEngine = engine;
        URL base = loader.getResource(TEMPLATE_PREFIX);
        this.baseUri = base == null ? null : base.toExternalForm();
    }

    /**
     * Renders one document.
     *
     * @param type  which document
     * @param model the values described in the class comment; may be {@code null} or empty
     * @return the PDF bytes
     * @throws UncheckedIOException when the PDF cannot be written
     */
    public byte[] render(DocumentType type, Map<String, ?> model) {
        return toPdf(renderXhtml(type, model));
    }

    /** The XHTML the PDF is laid out from (package-private: tests and previews). */
    String renderXhtml(DocumentType type, Map<String, ?> model) {
        Objects.requireNonNull(type, "type");
        Map<String, Object> variables = clean(model);
        variables.put("documentTitle", type.title(variables));
        variables.put("formNumber", type.formNumber());
        return templateEngine.process(type.template(), new Context(VIETNAMESE, variables));
    }

    private byte[] toPdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Tagged, accessible PDF (reading order, language, title). It also keeps openhtmltopdf's
        // built-in PDF base-14 fonts out of the font list, so no text can fall back to them.
        builder.usePdfUaAccessibility(true);
        builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
        try (PDDocument document = new PDDocument()) {
            builder.usePDDocument(document);
            for (SerifFonts.Face face : SerifFonts.Face.values()) {
                builder.useFont(face.forDocument(document), SerifFonts.FAMILY, face.weight,
                        face.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, baseUri);
            builder.withProducer(PRODUCER);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the document as PDF", e);
        }
        return out.toByteArray();
    }

    /** A mutable copy of the model with blank values dropped and strings made safe for XML. */
    private static Map<String, Object> clean(Map<String, ?> model) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (model != null) {
            model.forEach((key, value) -> {
                Object cleaned = cleanValue(value);
                if (key != null && cleaned != null) {
                    copy.put(key, cleaned);
                }
            });
        }
        return copy;
    }

    private static Object cleanValue(Object value) {
        if (value instanceof CharSequence text) {
            String cleaned = cleanText(text.toString());
            return cleaned.isBlank() ? null : cleaned;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> {
                Object cleaned = cleanValue(item);
                if (key != null && cleaned != null) {
                    copy.put(key, cleaned);
                }
            });
            return copy.isEmpty() ? null : copy;
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            for (Object item : items) {
                Object cleaned = cleanValue(item);
                if (cleaned != null) {
                    copy.add(cleaned);
                }
            }
            return copy.isEmpty() ? null : copy;
        }
        return value;
    }

    /** NFC, and without the code points XML 1.0 forbids (control characters, lone surrogates). */
    static String cleanText(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().filter(PdfDocumentRenderer::isXmlChar).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
