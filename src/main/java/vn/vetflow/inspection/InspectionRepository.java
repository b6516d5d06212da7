package vn.vetflow.inspection;

import org.springframework.stereotype.Repository;

/**
 * Loads an {@link Inspection} for a change and saves it: the case's row, then what each registered
 * {@link InspectionChange} records in the documents, team, findings and recommendations, each change
 * published in the caller's transaction (the module's public events through {@link InspectionJournal}).
 */
@Repository
public class InspectionRepository {

    private final InspectionStore store;
    private final InspectionJournal journal;
    private final InspectionChangeWriter writer;

    InspectionRepository(InspectionStore store, InspectionJournal journal, InspectionChangeWriter writer) {
        this.store = store;
        this.journal = journal;
        this.writer = writer;
    }

    /** The case with what its transitions need to look at. */
    public Inspection get(String code) {
        Inspection row = store.get(code);
        return new Inspection(row.code(), row.institutionCode(), row.institutionName(), row.subject(), row.source(),
                row.planItemId(), row.mode(), row.stage(), row.paper(), row.processInstanceId(), row.teamLead(),
                row.createdBy(), row.createdAt(), row.decisionNumber(), row.decisionSignedOn(), row.checkFrom(),
                row.checkTo(), row.checkEndedOn(), row.conclusionNumber(), row.conclusionOn(), row.closedOn(),
                row.digital(), row.reasons(), row.classifiedAt(), new Inspection.Contents(store.documents(code),
                store.findings(code), store.recommendations(code)));
    }

    /** A new case: its row, then its first changes. */
    void add(Inspection inspection) {
        store.insert(inspection);
        save(inspection);
    }

    public void save(Inspection inspection) {
        store.update(inspection);
        if (inspection.closedOn() != null && inspection.classifiedAt() != null) {
            store.classify(inspection.code(), inspection.closedOn(), inspection.digital(), inspection.reasons(),
                    inspection.classifiedAt());
        }
        for (Object change : inspection.changes()) {
            if (change instanceof InspectionStageChanged e) {
                journal.stage(e);
            } else if (change instanceof RemediationChanged e) {
                journal.remediation(e);
            } else if (change instanceof InspectionClassified e) {
                journal.classified(e);
            } else if (change instanceof InspectionChange e) {
                writer.write(e);
            } else {
                throw new IllegalStateException("Unknown inspection change " + change);
            }
        }
        inspection.clearChanges();
    }

}
