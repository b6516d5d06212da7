package vn.vetflow.publicservice;

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
import vn.vetflow.dossier.DocumentRecorded;
import vn.vetflow.dossier.DossierDocument;
import vn.vetflow.dossier.IssuedDocuments;
import vn.vetflow.shared.AgencyProperties;
import vn.vetflow.shared.DocumentReaction;

/**
 * Makes the PDF of a recorded document after the issuing step has committed: renders it from the
 * recorded fields, signs it with the signer's certificate and stores it. Runs from the event publication
 * registry (asynchronously, retried after a failure or a crash until it completes); a document that
 * already has its PDF is left alone, so a repeated run never makes a second one.
 */
@Component
class DocumentPreparation {

    private static final Logger log = LoggerFactory.getLogger(DocumentPreparation.class);

    private final IssuedDocuments issued;
    private final PdfDocumentRenderer renderer;
    private final DocumentSigning signing;
    private final AgencyProperties agency;
    private final PublicServiceProperties properties;

    DocumentPreparation(IssuedDocuments issued, PdfDocumentRenderer renderer, DocumentSigning signing,
                        AgencyProperties agency, PublicServiceProperties properties) {
        this.issued = issued;
        this.renderer = renderer;
        this.signing = signing;
        this.agency = agency;
        this.properties = properties;
    }

    @DocumentReaction
    void on(DocumentRecorded event) {
        prepare(event.documentId());
    }

    /** Renders, signs and stores the document unless it already has its PDF. */
    void prepare(long documentId) {
        DossierDocument document = issued.find(documentId).orElse(null);
        if (document == null || document.isReady()) {
            return;
        }
        boolean signs = signing.canSign(document.getSignerKey());
        Map<String, Object> model = new HashMap<>(issued.fields(document));
        // The document says "signed" only when it is about to carry a real signature.
        model.put("signed", signs);
        model.put("verificationCode", document.getVerificationCode());
        model.put("verifyUrl", properties.verifyUrl());
        byte[] pdf = renderer.render(DocumentType.valueOf(document.getType()), model);
        if (!signs) {
            log.warn("No signing key for {}: document {} is issued unsigned", document.getSignerKey(), documentId);
            issued.complete(documentId, pdf, null, null);
            return;
        }
        SignedPdf signed = signing.sign(pdf, new SignatureRequest(document.getSignerKey(), document.getSignerName(),
                "Ký ban hành văn bản số " + document.getNumber(), agency.place()));
        issued.complete(documentId, signed.content(), signed.signedAt(), signed.certificateSubject());
    }
}
