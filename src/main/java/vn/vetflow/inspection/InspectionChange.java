package vn.vetflow.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The domain events the {@link Inspection} aggregate registers, one per legal transition. The repository
 * writes what each one records and publishes it in the step's transaction.
 */
public sealed interface InspectionChange {

    String code();

    Instant at();

    /** The decision was drafted (or drafted again after a return); it names the team. */
    record DecisionDrafted(String code, String number, String content, String mode, LocalDate checkFrom,
                           LocalDate checkTo, String teamLead, List<String> members, String by, Instant at)
            implements InspectionChange {
    }

    /** The leader signed the draft decision, returned it or decided not to inspect (SIGN, RETURN, CANCEL). */
    record DecisionSignedOff(String code, long documentId, String verdict, String by, Instant at)
            implements InspectionChange {
    }

    /** The signed decision took its number from the Department's register. */
    record DecisionIssued(String code, long documentId, String number, LocalDate signedOn, Instant at)
            implements InspectionChange {
    }

    /** The plan was drawn up and the team named. */
    record PlanDrawnUp(String code, String content, String teamLead, List<String> members, String by, Instant at)
            implements InspectionChange {
    }

    /** Whoever signed the decision approved the plan and its team, or returned it (APPROVE, RETURN). */
    record PlanApproved(String code, long documentId, String verdict, String by, Instant at)
            implements InspectionChange {
    }

    record InstitutionNotified(String code, String content, String channel, String by, Instant at)
            implements InspectionChange {
    }

    record DecisionAnnounced(String code, String content, String by, Instant at) implements InspectionChange {
    }

    record SelfAssessed(String code, String content, List<Inspections.Upload> files, String by, Instant at)
            implements InspectionChange {
    }

    /** The checklist was worked through; the check ended on {@code endedOn}. */
    record Checked(String code, String mode, List<CheckedItem> items, List<Inspections.Upload> files,
                   LocalDate endedOn, String by, Instant at) implements InspectionChange {
    }

    record CheckedItem(String itemCode, String area, String result, boolean violation, String note) {
    }

    record MinutesDrawnUp(String code, String content, String representatives, String by, Instant at)
            implements InspectionChange {
    }

    /** The team lead (LEAD) or the institution (INSTITUTION) acknowledged the minutes. */
    record MinutesAcknowledged(String code, long documentId, String party, String objections, String by, Instant at)
            implements InspectionChange {
    }

    /**
     * The institution refused to sign the minutes (REFUSED) or let the limit pass (SILENT): the minutes stand
     * with the team's signatures and a witness.
     */
    record MinutesWitnessed(String code, long documentId, String reason, String witness, String witnessPosition,
                            String note, String by, Instant at) implements InspectionChange {
    }

    record ViolationAssessed(String code, long findingId, String handling, String legalGround,
                             String limitationPeriod, String competentBody, String note, String by, Instant at)
            implements InspectionChange {
    }

    /** The leader signed the sanction decision (SANCTION) or the submission to the Chairman (CHAIRMAN_SUBMISSION). */
    record ViolationSigned(String code, long findingId, String documentType, String number, String note, String by,
                           Instant at) implements InspectionChange {
    }

    /** The violation was transferred to the competent body (or to investigators). */
    record ViolationTransferred(String code, long findingId, String number, String recipient, String by, Instant at)
            implements InspectionChange {
    }

    record ViolationHandled(String code, long findingId, Instant at) implements InspectionChange {
    }

    record ReportSubmitted(String code, String content, String by, Instant at) implements InspectionChange {
    }

    record ConclusionDrafted(String code, String number, String content,
                             List<Inspections.RecommendationDraft> recommendations, String by, Instant at)
            implements InspectionChange {
    }

    /** The leader approved the draft conclusion or returned it (APPROVE, RETURN). */
    record ConclusionApproved(String code, long documentId, String verdict, String by, Instant at)
            implements InspectionChange {
    }

    record ConclusionPublished(String code, long documentId, LocalDate on, byte[] pdf, Instant at)
            implements InspectionChange {
    }

    record RemediationReported(String code, long recommendationId, String report, List<Inspections.Upload> files,
                               String by, Instant at) implements InspectionChange {
    }

    record RemediationVerified(String code, long recommendationId, RemediationStatus status, String note, String by,
                               Instant at) implements InspectionChange {
    }

    /**
     * An inspection carried out on paper was registered afterwards with its decision, its conclusion and the
     * scans of its file (the registration's documents: not drawn up in the system, exchanged on paper).
     */
    record PaperRegistered(String code, String decisionNumber, LocalDate decisionOn, String conclusionNumber,
                           LocalDate conclusionOn, List<Inspections.Upload> scans, String by, Instant at)
            implements InspectionChange {
    }
}
