package vn.vetflow.publicservice;

import java.util.Map;
import java.util.Optional;

/** Which catalogue step each user task of processes/public-service.bpmn belongs to, and its decision. */
public final class ProcessSteps {

    /** task definition key → catalogue step key. */
    private static final Map<String, String> STEP_OF_TASK = Map.of(
            "Task_Reception", "reception",
            "Task_Appraisal", "appraisal",
            "Task_FieldCheck", "appraisal",
            "Task_Approval", "approval",
            "Task_SubmitToChairman", "chairman",
            "Task_RecordChairmanDecision", "chairman",
            "Task_ExtendDeadline", StepGroups.ESCALATION);

    /** task definition key → the form field that holds the decision taken in it. */
    private static final Map<String, String> DECISION_OF_TASK = Map.of(
            "Task_Reception", "receptionDecision",
            "Task_Appraisal", "appraisalDecision",
            "Task_FieldCheck", "fieldCheckResult",
            "Task_Approval", "approvalDecision",
            "Task_SubmitToChairman", "submissionNumber",
            "Task_RecordChairmanDecision", "chairmanDecision",
            "Task_ExtendDeadline", "newAppointmentDate");

    /** task definition key → the form field that holds the officer's note. */
    private static final Map<String, String> NOTE_OF_TASK = Map.of(
            "Task_Reception", "decisionNote",
            "Task_Appraisal", "appraisalNote",
            "Task_FieldCheck", "fieldCheckNote",
            "Task_Approval", "approvalNote",
            "Task_SubmitToChairman", "submissionNote",
            "Task_RecordChairmanDecision", "chairmanNote",
            "Task_ExtendDeadline", "apologyReason");

    /** Decisions that must say why or what: a supplement request, a refusal, a return. */
    private static final Map<String, java.util.Set<String>> DECISIONS_NEEDING_A_NOTE = Map.of(
            "Task_Reception", java.util.Set.of("SUPPLEMENT", "REFUSE"),
            "Task_Approval", java.util.Set.of("RETURN", "REFUSE"),
            "Task_RecordChairmanDecision", java.util.Set.of("REFUSED"));

    private ProcessSteps() {
    }

    /** The note field that must be filled for this decision, if any (form-js cannot express it). */
    public static Optional<String> requiredNote(String taskDefinitionKey, Object decision) {
        var decisions = DECISIONS_NEEDING_A_NOTE.get(taskDefinitionKey);
        if (decisions == null || decision == null || !decisions.contains(decision.toString())) {
            return Optional.empty();
        }
        return noteField(taskDefinitionKey);
    }

    public static Optional<String> stepOf(String taskDefinitionKey) {
        return Optional.ofNullable(STEP_OF_TASK.get(taskDefinitionKey));
    }

    public static Optional<String> decisionField(String taskDefinitionKey) {
        return Optional.ofNullable(DECISION_OF_TASK.get(taskDefinitionKey));
    }

    public static Optional<String> noteField(String taskDefinitionKey) {
        return Optional.ofNullable(NOTE_OF_TASK.get(taskDefinitionKey));
    }
}
