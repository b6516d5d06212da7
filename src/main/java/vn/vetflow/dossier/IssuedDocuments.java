package vn.vetflow.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents issued for dossiers, in two stages: {@link #record} inside the issuing step (number,
 * fields and signer, in the step's transaction) and {@link #complete} after commit, when the PDF has
 * been rendered and signed. Recording publishes {@link DocumentRecorded} through the event publication
 * registry, so the PDF is made once per document even across crashes and retries.
 */
@Service
@Transactional
public class IssuedDocuments {

    /** Letters and digits that cannot be mistaken for one another when typed from paper. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 10;

    private final DossierDocumentRepository documents;
    private final DossierRepository dossiers;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    IssuedDocuments(DossierDocumentRepository documents, DossierRepository dossiers, ApplicationEventPublisher events,
                    ObjectMapper json, Clock clock) {
        this.documents = documents;
        this.dossiers = dossiers;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Records a document of the dossier; its PDF follows after commit. */
    public DossierDocument record(Dossier dossier, NewDocument document) {
        DossierDocument saved = documents.save(new DossierDocument(dossier.getId(), document, clock.instant(),
                toJson(document.fields()), verificationCode()));
        events.publishEvent(new DocumentRecorded(saved.getId(), dossier.getCode(), document.type()));
        return saved;
    }

    @Transactional(readOnly = true)
    public Optional<DossierDocument> find(long documentId) {
        return documents.findById(documentId);
    }

    /** The fields the document was recorded with. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> fields(DossierDocument document) {
        try {
            return document.getFields() == null ? Map.of() : json.readValue(document.getFields(), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored fields of document " + document.getId() + " are not JSON", e);
        }
    }

    /**
     * Stores the rendered PDF; {@code signedAt} and {@code certificateSubject} only when it carries a
     * verified signature. False when the document already had its PDF (a repeated preparation).
     */
    public boolean complete(long documentId, byte[] pdf, Instant signedAt, String certificateSubject) {
        return documents.complete(documentId, pdf, DossierService.sha256(pdf), clock.instant(), signedAt,
                certificateSubject) == 1;
    }

    /** The document with this number and verification code, as printed on it. */
    @Transactional(readOnly = true)
    public Optional<DossierDocument> byNumberAndCode(String number, String code) {
        return documents.findFirstByNumberAndVerificationCodeOrderByIdDesc(number.strip(),
                code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The document whose stored PDF is exactly these bytes. */
    @Transactional(readOnly = true)
    public Optional<DossierDocument> byContent(byte[] pdf) {
        return documents.findFirstBySha256OrderByIdDesc(DossierService.sha256(pdf));
    }

    /** The code of the dossier a document belongs to. */
    @Transactional(readOnly = true)
    public String dossierCode(DossierDocument document) {
        return dossiers.findById(document.getDossierId()).map(Dossier::getCode).orElseThrow();
    }

    /** How many documents are still being prepared. */
    @Transactional(readOnly = true)
    public long beingPrepared() {
        return documents.countByRenderedAtIsNull();
    }

    private String verificationCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    private String toJson(Map<String, Object> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Document fields must be plain values", e);
        }
    }
}
