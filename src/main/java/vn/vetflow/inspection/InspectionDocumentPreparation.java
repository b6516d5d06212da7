package vn.vetflow.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.vetflow.documents.DocumentSigning;
import vn.vetflow.documents.DocumentType;
import vn.vetflow.documents.PdfDocumentRenderer;
import vn.vetflow.documents.SignatureRequest;
import vn.vetflow.documents.SignedPdf;
import vn.vetflow.publicservice.PublicServiceProperties;
import vn.vetflow.shared.AgencyProperties;
import vn.vetflow.shared.DocumentReaction;
import vn.vetflow.shared.ProvinceClock;

/**
 * Makes the PDF of a recorded inspection document after its step committed, as the dossiers' documents
 * are made (publicservice's DocumentPreparation): renders it from the recorded fields, PAdES-signs it
 * with the signer's certificate and stores it. Runs from the event publication registry, retried until
 * it completes; a document that already has its PDF is left alone.
 */
@Component
class InspectionDocumentPreparation {

    private static final Logger log = LoggerFactory.getLogger(InspectionDocumentPreparation.class);

    private final InspectionStore store;
    private final PdfDocumentRenderer renderer;
    private final DocumentSigning signing;
    private final AgencyProperties agency;
    private final PublicServiceProperties properties;
    private final ProvinceClock clock;
    private final ObjectMapper json;

    InspectionDocumentPreparation(InspectionStore store, PdfDocumentRenderer renderer, DocumentSigning signing,
                                  AgencyProperties agency, PublicServiceProperties properties, ProvinceClock clock,
                                  ObjectMapper json) {
        this.store = store;
        this.renderer = renderer;
        this.signing = signing;
        this.agency = agency;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
    }

    @DocumentReaction
    void on(InspectionDocumentRecorded event) {
        prepare(event.documentId());
    }

    /** Renders, signs and stores the document unless it already has its PDF. */
    void prepare(long documentId) {
        InspectionStore.PendingPdf document = store.pendingPdf(documentId).orElse(null);
        if (document == null) {
            return;
        }
        boolean signs = document.signerKey() != null && signing.canSign(document.signerKey());
        Map<String, Object> model = new HashMap<>(fields(document));
        // The document says "signed" only when it is about to carry a real signature.
        model.put("signed", signs);
        model.put("verificationCode", document.verificationCode());
        model.put("verifyUrl", properties.verifyUrl());
        byte[] pdf = renderer.render(type(document.type()), model);
        if (!signs) {
            log.warn("No signing key for {}: inspection document {} is issued unsigned", document.signerKey(),
                    documentId);
            store.completePdf(documentId, pdf, clock.now(), null, null);
            return;
        }
        SignedPdf signed = signing.sign(pdf, new SignatureRequest(document.signerKey(), document.signerName(),
                "Ký ban hành văn bản số " + document.number(), agency.place()));
        store.completePdf(documentId, signed.content(), clock.now(), signed.signedAt(),
                signed.certificateSubject());
    }

    static DocumentType type(String inspectionDocumentType) {
        return switch (inspectionDocumentType) {
            case "DECISION" -> DocumentType.INSPECTION_DECISION;
            case "MINUTES" -> DocumentType.INSPECTION_MINUTES;
            case "WITNESS_RECORD" -> DocumentType.INSPECTION_WITNESS_RECORD;
            default -> throw new IllegalArgumentException("No template for inspection document " + inspectionDocumentType);
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fields(InspectionStore.PendingPdf document) {
        try {
            return json.readValue(document.fieldsJson(), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored fields of inspection document " + document.id() + " are not JSON", e);
        }
    }
}
