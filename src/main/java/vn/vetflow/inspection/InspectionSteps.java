package vn.vetflow.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.Officers;
import vn.vetflow.institution.Institutions;
import vn.vetflow.publicservice.OfficialDocuments;
import vn.vetflow.shared.ProvinceClock;

/**
 * What processes/specialized-inspection.bpmn asks of the application ({@code ${inspectionSteps...}}):
 * stages, the parties, the collections of the multi-instance steps, documents issued by the process,
 * reminders and escalations, and the closing with its classification. Runs inside the engine's
 * transaction, so the events it publishes commit (or roll back) with the step.
 */
@Component("inspectionSteps")
public class InspectionSteps {

    private final InspectionStore store;
    private final InspectionRepository inspections;
    private final Institutions institutions;
    private final ProvinceClock clock;
    private final InspectionPdfs pdfs;
    private final InspectionDeadlines inspectionDeadlines;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Officers officers;
    private final OfficialDocuments numbers;
    private final InspectionDocumentProperties settings;
    private final InspectionDocumentIssuer issuer;

    InspectionSteps(InspectionStore store, InspectionRepository inspections, Institutions institutions, ProvinceClock clock,
                    InspectionPdfs pdfs, InspectionDeadlines inspectionDeadlines,
                    org.springframework.context.ApplicationEventPublisher events, Officers officers,
                    OfficialDocuments numbers, InspectionDocumentProperties settings,
                    InspectionDocumentIssuer issuer) {
        this.events = events;
        this.officers = officers;
        this.numbers = numbers;
        this.settings = settings;
        this.issuer = issuer;
        this.store = store;
        this.inspections = inspections;
        this.institutions = institutions;
        this.clock = clock;
        this.pdfs = pdfs;
        this.inspectionDeadlines = inspectionDeadlines;
    }

    public void enter(DelegateExecution execution, String stage) {
        enterStage(execution.getProcessBusinessKey(), InspectionStage.valueOf(stage));
    }

    void enterStage(String code, InspectionStage stage) {
        Inspection inspection = inspections.get(code);
        inspection.enter(stage, clock.now());
        inspections.save(inspection);
    }

    /** Who signed the decision: the plan and its team go to them for approval. */
    public String decisionSigner(DelegateExecution execution) {
        return inspections.get(execution.getProcessBusinessKey()).decisionSigner()
                .orElseThrow(() -> new InspectionStateException(execution.getProcessBusinessKey(),
                        "inspection.state.decisionUnsigned"));
    }

    /** The institution's staff accounts: its tasks are offered to them. */
    public List<String> institutionUsers(DelegateExecution execution) {
        return institutions.membersOf(store.get(execution.getProcessBusinessKey()).institutionCode());
    }

    /**
     * The decision is signed: its day counts for the notice's limit; it takes the next number of the
     * Department's register of decisions and is recorded as a document, rendered and signed after commit.
     */
    public void decisionSigned(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        LocalDate today = clock.today();
        String number = numbers.nextNumber(settings.numberSeries());
        Inspection issued = inspections.get(code);
        issued.issueDecision(number, today, clock.now());
        inspections.save(issued);
        store.document(code, "DECISION").ifPresent(decision -> {
            String signer = decision.signedBy();
            String signerName = signer == null ? null : officers.knownFullName(signer).orElse(null);
            issuer.issue(decision, signerName == null ? null : signer, signerName,
                    pdfs.decisionFields(store.get(code), decision, number, issuer.team(code), signerName, today));
        });
    }

    /** The minutes are recorded as a document, signed by the team leader after commit. */
    public void issueMinutes(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        Inspection inspection = store.get(code);
        store.document(code, "MINUTES").ifPresent(minutes -> {
            String lead = inspection.teamLead();
            String leadName = lead == null ? null : officers.knownFullName(lead).orElse(null);
            List<String> representatives = representatives(store.representatives(minutes.id()).orElse(null));
            issuer.issue(minutes, leadName == null ? null : lead, leadName, pdfs.minutesFields(inspection, minutes,
                    issuer.team(code), representatives, leadName, store.checkResults(code), store.findings(code),
                    clock.now()));
        });
    }

    /** The institution's representatives typed in the minutes step, one a line. */
    private static List<String> representatives(Object typed) {
        if (typed == null) {
            return List.of();
        }
        return typed.toString().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public List<String> violationIds(DelegateExecution execution) {
        return store.findings(execution.getProcessBusinessKey()).stream().filter(Finding::violation)
                .map(f -> Long.toString(f.id())).toList();
    }

    public void recordHandling(DelegateExecution execution) {
        long id = Long.parseLong(String.valueOf(execution.getVariable("violationId")));
        Inspection inspection = inspections.get(execution.getProcessBusinessKey());
        inspection.closeViolation(id, clock.now());
        inspections.save(inspection);
    }

    /** The approved conclusion goes to the institution through the system; remediation starts. */
    public void publishConclusion(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        LocalDate today = clock.today();
        Inspection inspection = inspections.get(code);
        InspectionDocument conclusion = store.document(code, "CONCLUSION")
                .orElseThrow(() -> new InspectionStateException(code, "inspection.state.conclusionUnapproved"));
        inspection.publish(today, pdfs.conclusion(inspection, conclusion, store.recommendations(code), today),
                clock.now());
        inspections.save(inspection);
    }

    public List<String> recommendationIds(DelegateExecution execution) {
        return store.recommendations(execution.getProcessBusinessKey()).stream()
                .map(r -> Long.toString(r.id())).toList();
    }

    /** A legal time limit passed: recorded, shown to the leaders on the file page and in the list. */
    public void escalate(DelegateExecution execution, String kind) {
        String code = execution.getProcessBusinessKey();
        String key = "remediation".equals(kind) ? "remediation-" + execution.getVariable("recommendationId") : kind;
        if (store.deadline(code, key).isEmpty()) {
            store.setDeadline(code, key, inspectionDeadlines.dueOn(code, kind));
        }
        store.markDeadline(code, key, "escalated_at", clock.now());
        events.publishEvent(new InspectionEscalated(code, store.get(code).institutionName(), key,
                store.deadline(code, key).orElse(null)));
    }

    /** A limit on handling one violation passed (the timer's end listener): recorded and escalated. */
    public void escalateViolation(DelegateExecution execution, String kind) {
        String code = execution.getProcessBusinessKey();
        String key = InspectionDeadlines.violationKey(execution, kind);
        LocalDate due = inspectionDeadlines.violationDueOn(code, key, kind);
        store.markDeadline(code, key, "escalated_at", clock.now());
        events.publishEvent(new InspectionEscalated(code, store.get(code).institutionName(), key, due));
    }

    public void remind(DelegateExecution execution, String kind) {
        store.markDeadline(execution.getProcessBusinessKey(), kind, "reminded_at", clock.now());
    }

    public void cancel(DelegateExecution execution) {
        enterStage(execution.getProcessBusinessKey(), InspectionStage.CANCELLED);
    }

    /** Closes the inspection: classifies it by the documented rule and tells the institution register. */
    public void close(DelegateExecution execution) {
        close(execution.getProcessBusinessKey());
    }

    void close(String code) {
        Inspection inspection = inspections.get(code);
        LocalDate today = inspection.paper() && inspection.closedOn() != null ? inspection.closedOn() : clock.today();
        inspection.close(today, DigitalRule.classify(inspection, store.documents(code), store.files(code)),
                clock.now());
        inspections.save(inspection);
        institutions.recordInspection(inspection.institutionCode(), today);
    }
}
