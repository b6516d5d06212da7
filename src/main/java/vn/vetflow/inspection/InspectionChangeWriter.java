package vn.vetflow.inspection;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.vetflow.inspection.InspectionChange.CheckedItem;

/** What each {@link InspectionChange} records in the inspection's tables; then the change is published. */
@Component
class InspectionChangeWriter {

    private final InspectionStore store;
    private final InspectionJournal journal;
    private final ApplicationEventPublisher events;
    private final InspectionDocumentIssuer issuer;

    InspectionChangeWriter(InspectionStore store, InspectionJournal journal, ApplicationEventPublisher events,
                           InspectionDocumentIssuer issuer) {
        this.store = store;
        this.journal = journal;
        this.events = events;
        this.issuer = issuer;
    }

    void write(InspectionChange change) {
        String code = change.code();
        if (change instanceof InspectionChange.DecisionDrafted e) {
            store.addDocument(code, "DECISION", e.number(), e.content(), true, null, e.by(), e.at());
            // The decision names the team (Điều 2); the plan step may still confirm or change it.
            if (e.teamLead() != null) {
                store.replaceTeam(code, e.teamLead(), e.members());
            }
        } else if (change instanceof InspectionChange.DecisionSignedOff e) {
            if ("SIGN".equals(e.verdict())) {
                sign(e.documentId(), e.by(), e.at());
            }
        } else if (change instanceof InspectionChange.DecisionIssued e) {
            store.updateDocument(e.documentId(), "number", e.number());
        } else if (change instanceof InspectionChange.PlanDrawnUp e) {
            store.addDocument(code, "PLAN", null, e.content(), true, null, e.by(), e.at());
            store.replaceTeam(code, e.teamLead(), e.members());
        } else if (change instanceof InspectionChange.PlanApproved e) {
            if ("APPROVE".equals(e.verdict())) {
                sign(e.documentId(), e.by(), e.at());
            }
        } else if (change instanceof InspectionChange.InstitutionNotified e) {
            store.addDocument(code, "NOTICE", null, e.content(), true, e.channel(), e.by(), e.at());
        } else if (change instanceof InspectionChange.DecisionAnnounced e) {
            store.addDocument(code, "ANNOUNCEMENT", null, e.content(), true, "SYSTEM", e.by(), e.at());
        } else if (change instanceof InspectionChange.SelfAssessed e) {
            long id = store.addDocument(code, "SELF_ASSESSMENT", null, e.content(), true, "SYSTEM", e.by(), e.at());
            for (Inspections.Upload file : e.files()) {
                store.addFile(code, "EVIDENCE", id, file.fileName(), file.contentType(), file.content(), e.by(), e.at());
            }
        } else if (change instanceof InspectionChange.Checked e) {
            checked(e);
        } else if (change instanceof InspectionChange.MinutesDrawnUp e) {
            long id = store.addDocument(code, "MINUTES", code + "/BB", e.content(), true, "SYSTEM", e.by(), e.at());
            store.updateDocument(id, "representatives", e.representatives());
        } else if (change instanceof InspectionChange.MinutesAcknowledged e) {
            acknowledged(e);
        } else if (change instanceof InspectionChange.MinutesWitnessed e) {
            store.witnessMinutes(e.documentId(), e.reason(), e.witness(), e.witnessPosition(), e.note(), e.by(),
                    e.at());
            // The witness record: drawn up and signed by the team lead in the system, its PDF made after commit.
            long record = store.addDocument(code, "WITNESS_RECORD", code + "/BBCK", e.note(), true, null, e.by(),
                    e.at());
            sign(record, e.by(), e.at());
            issuer.issueWitnessRecord(e, record);
        } else if (change instanceof InspectionChange.ViolationAssessed e) {
            Map<String, Object> columns = new HashMap<>();
            columns.put("handling", e.handling());
            columns.put("legal_ground", e.legalGround());
            columns.put("limitation_period", e.limitationPeriod());
            columns.put("competent_body", e.competentBody());
            columns.put("handling_note", e.note());
            store.updateFinding(e.findingId(), columns);
        } else if (change instanceof InspectionChange.ViolationSigned e) {
            store.updateFinding(e.findingId(), Map.of("signed_number", e.number()));
            long doc = store.addDocument(code, e.documentType(), e.number(), e.note(), true, null, e.by(), e.at());
            sign(doc, e.by(), e.at());
        } else if (change instanceof InspectionChange.ViolationTransferred e) {
            Map<String, Object> columns = new HashMap<>();
            columns.put("transfer_number", e.number());
            columns.put("transfer_recipient", e.recipient());
            store.updateFinding(e.findingId(), columns);
        } else if (change instanceof InspectionChange.ViolationHandled e) {
            store.updateFinding(e.findingId(), Map.of("handled_at", e.at()));
        } else if (change instanceof InspectionChange.ReportSubmitted e) {
            store.addDocument(code, "REPORT", null, e.content(), true, null, e.by(), e.at());
        } else if (change instanceof InspectionChange.ConclusionDrafted e) {
            store.addDocument(code, "CONCLUSION", e.number(), e.content(), true, null, e.by(), e.at());
            store.deleteRecommendations(code);
            for (Inspections.RecommendationDraft r : e.recommendations()) {
                store.addRecommendation(code, r.area(), r.text().strip(), r.dueOn());
            }
        } else if (change instanceof InspectionChange.ConclusionApproved e) {
            if ("APPROVE".equals(e.verdict())) {
                sign(e.documentId(), e.by(), e.at());
            }
        } else if (change instanceof InspectionChange.ConclusionPublished e) {
            store.updateDocument(e.documentId(), "channel", "SYSTEM");
            store.updateDocument(e.documentId(), "pdf", e.pdf());
            for (Recommendation r : store.recommendations(code)) {
                store.setDeadline(code, "remediation-" + r.id(), r.dueOn());
            }
        } else if (change instanceof InspectionChange.RemediationReported e) {
            store.reportRemediation(e.recommendationId(), e.report(), e.by(), e.at());
            for (Inspections.Upload file : e.files()) {
                store.addFile(code, "REMEDIATION", e.recommendationId(), file.fileName(), file.contentType(),
                        file.content(), e.by(), e.at());
            }
        } else if (change instanceof InspectionChange.RemediationVerified e) {
            store.verifyRemediation(e.recommendationId(), e.status(), e.note(), e.by(), e.at());
        } else if (change instanceof InspectionChange.PaperRegistered e) {
            store.addDocument(code, "DECISION", e.decisionNumber(), null, false, "PAPER", e.by(), e.at());
            store.addDocument(code, "CONCLUSION", e.conclusionNumber(), null, false, "PAPER", e.by(), e.at());
            for (Inspections.Upload scan : e.scans()) {
                store.addFile(code, "SCAN", null, scan.fileName(), "application/pdf", scan.content(), e.by(), e.at());
            }
        }
        events.publishEvent(change);
    }

    private void checked(InspectionChange.Checked e) {
        store.deleteFindings(e.code());
        for (CheckedItem item : e.items()) {
            store.saveCheckItem(e.code(), item.itemCode(), item.area(), item.result(), item.violation(), item.note(),
                    null, e.by(), e.at());
            if ("FINDING".equals(item.result())) {
                long id = store.addFinding(e.code(), item.itemCode(), item.area(), item.note(), item.violation(), e.at());
                journal.finding(new FindingRecorded(e.code(), Long.toString(id), item.area(), item.violation(), e.at()));
            }
        }
        for (Inspections.Upload file : e.files()) {
            store.addFile(e.code(), "CHECK_EVIDENCE", null, file.fileName(), file.contentType(), file.content(), e.by(),
                    e.at());
        }
    }

    private void acknowledged(InspectionChange.MinutesAcknowledged e) {
        if ("LEAD".equals(e.party())) {
            store.updateDocument(e.documentId(), "lead_acknowledged_by", e.by());
            store.updateDocument(e.documentId(), "lead_acknowledged_at", e.at());
            return;
        }
        store.updateDocument(e.documentId(), "institution_acknowledged_by", e.by());
        store.updateDocument(e.documentId(), "institution_acknowledged_at", e.at());
        store.updateDocument(e.documentId(), "institution_answer", e.objections() == null ? "AGREED" : "OBJECTED");
        if (e.objections() != null) {
            store.addDocument(e.code(), "OBJECTIONS", null, e.objections(), true, "SYSTEM", e.by(), e.at());
        }
    }

    private void sign(long documentId, String by, java.time.Instant at) {
        store.updateDocument(documentId, "signed_by", by);
        store.updateDocument(documentId, "signed_at", at);
    }
}
