package vn.vetflow.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.Officers;

/**
 * Records what an inspection document's PDF is rendered from, in the step's transaction; the PDF itself is
 * rendered and signed after commit by {@link InspectionDocumentPreparation}.
 */
@Component
class InspectionDocumentIssuer {

    private final InspectionStore store;
    private final InspectionPdfs pdfs;
    private final Officers officers;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;

    InspectionDocumentIssuer(InspectionStore store, InspectionPdfs pdfs, Officers officers,
                             ApplicationEventPublisher events, ObjectMapper json) {
        this.store = store;
        this.pdfs = pdfs;
        this.officers = officers;
        this.events = events;
        this.json = json;
    }

    void issue(InspectionDocument document, String signerKey, String signerName, Map<String, Object> fields) {
        try {
            store.recordForPdf(document.id(), json.writeValueAsString(fields), signerKey, signerName,
                    VerificationCodes.next());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Document fields must be plain values", e);
        }
        events.publishEvent(new InspectionDocumentRecorded(document.id(), document.inspectionCode(), document.type()));
    }

    /** The witness record of minutes the institution refused or left unsigned, signed by the team lead. */
    void issueWitnessRecord(InspectionChange.MinutesWitnessed witnessed, long recordId) {
        String code = witnessed.code();
        InspectionDocument record = store.documents(code).stream().filter(d -> d.id() == recordId).findFirst()
                .orElseThrow(() -> new IllegalStateException("No witness record " + recordId + " in " + code));
        InspectionDocument minutes = store.documents(code).stream().filter(d -> d.id() == witnessed.documentId())
                .findFirst().orElseThrow(() -> new InspectionStateException(code, "inspection.state.noMinutes"));
        String leadName = officers.knownFullName(witnessed.by()).orElse(null);
        issue(record, leadName == null ? null : witnessed.by(), leadName, pdfs.witnessRecordFields(store.get(code),
                minutes, record, witnessed, team(code), leadName));
    }

    /** The team by full name, the leader first; a login the identity service does not know is left out. */
    List<InspectionPdfs.Person> team(String code) {
        List<InspectionPdfs.Person> people = new ArrayList<>();
        for (InspectionStore.TeamMember member : store.team(code)) {
            officers.knownFullName(member.username()).ifPresent(name -> people.add(new InspectionPdfs.Person(name,
                    "LEAD".equals(member.role()) ? "Trưởng đoàn" : "Thành viên")));
        }
        people.sort(Comparator.comparing(p -> "Trưởng đoàn".equals(p.role()) ? 0 : 1));
        return people;
    }
}
