package vn.vetflow.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An inspection case: read by the pages, and, loaded through {@link InspectionRepository#get}, the aggregate
 * whose methods are the legal transitions. Each transition checks that the case allows it (else
 * {@link InspectionStateException}, nothing changes), changes the case and registers its
 * {@link InspectionChange}; the repository stores and publishes them.
 *
 * <p>source: PLAN, AD_HOC or PAPER; mode: REMOTE, DOCUMENTS or ON_SITE (null until decided); digital: null
 * until the inspection is closed and classified; reasons: message keys of the classification's reasons.
 */
public final class Inspection {

    private final String code;
    private final String institutionCode;
    private final String institutionName;
    private final String subject;
    private final String source;
    private final Long planItemId;
    private String mode;
    private InspectionStage stage;
    private final boolean paper;
    private String processInstanceId;
    private String teamLead;
    private final String createdBy;
    private final Instant createdAt;
    private String decisionNumber;
    private LocalDate decisionSignedOn;
    private LocalDate checkFrom;
    private LocalDate checkTo;
    private LocalDate checkEndedOn;
    private String conclusionNumber;
    private LocalDate conclusionOn;
    private LocalDate closedOn;
    private Boolean digital;
    private List<String> reasons;
    private Instant classifiedAt;

    /** What the transitions look at besides the case itself; null in a case read only for display. */
    private final Contents contents;
    private final List<Object> changes = new ArrayList<>();

    /** The documents, findings and recommendations of the case as loaded for a change. */
    record Contents(List<InspectionDocument> documents, List<Finding> findings, List<Recommendation> recommendations) {
    }

    public Inspection(String code, String institutionCode, String institutionName, String subject, String source,
                      Long planItemId, String mode, InspectionStage stage, boolean paper, String processInstanceId,
                      String teamLead, String createdBy, Instant createdAt, String decisionNumber,
                      LocalDate decisionSignedOn, LocalDate checkFrom, LocalDate checkTo, String conclusionNumber,
                      LocalDate conclusionOn, LocalDate closedOn, Boolean digital, List<String> reasons,
                      Instant classifiedAt) {
        this(code, institutionCode, institutionName, subject, source, planItemId, mode, stage, paper,
                processInstanceId, teamLead, createdBy, createdAt, decisionNumber, decisionSignedOn, checkFrom, checkTo,
                null, conclusionNumber, conclusionOn, closedOn, digital, reasons, classifiedAt, null);
    }

    Inspection(String code, String institutionCode, String institutionName, String subject, String source,
               Long planItemId, String mode, InspectionStage stage, boolean paper, String processInstanceId,
               String teamLead, String createdBy, Instant createdAt, String decisionNumber, LocalDate decisionSignedOn,
               LocalDate checkFrom, LocalDate checkTo, LocalDate checkEndedOn, String conclusionNumber,
               LocalDate conclusionOn, LocalDate closedOn, Boolean digital, List<String> reasons,
               Instant classifiedAt, Contents contents) {
        this.code = code;
        this.institutionCode = institutionCode;
        this.institutionName = institutionName;
        this.subject = subject;
        this.source = source;
        this.planItemId = planItemId;
        this.mode = mode;
        this.stage = stage;
        this.paper = paper;
        this.processInstanceId = processInstanceId;
        this.teamLead = teamLead;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.decisionNumber = decisionNumber;
        this.decisionSignedOn = decisionSignedOn;
        this.checkFrom = checkFrom;
        this.checkTo = checkTo;
        this.checkEndedOn = checkEndedOn;
        this.conclusionNumber = conclusionNumber;
        this.conclusionOn = conclusionOn;
        this.closedOn = closedOn;
        this.digital = digital;
        this.reasons = reasons == null ? List.of() : List.copyOf(reasons);
        this.classifiedAt = classifiedAt;
        this.contents = contents;
    }

    /**
     * An inspection carried out on paper, registered afterwards: it starts closed, with its paper documents
     * and scans, and is classified at once (never digital, {@link DigitalRule}). It has no stage before that.
     */
    static Inspection registerPaper(String code, String institutionCode, String institutionName, String subject,
                                    String decisionNumber, LocalDate decisionOn, String conclusionNumber,
                                    LocalDate conclusionOn, List<Inspections.Upload> scans, String by, Instant at) {
        Inspection inspection = new Inspection(code, institutionCode, institutionName, subject, "PAPER", null, null,
                null, true, null, null, by, at, decisionNumber, decisionOn, null, null, null, conclusionNumber,
                conclusionOn, null, null, List.of(), null, new Contents(List.of(), List.of(), List.of()));
        inspection.changes.add(new InspectionChange.PaperRegistered(code, decisionNumber, decisionOn,
                conclusionNumber, conclusionOn, List.copyOf(scans), by, at));
        inspection.close(conclusionOn, DigitalRule.classify(inspection, List.of(), List.of()), at);
        return inspection;
    }

    // --- the transitions, in the order of the process ---------------------------------------------------

    /** The stage the process entered (its listeners call this); nothing happens when it is already there. */
    public void enter(InspectionStage next, Instant at) {
        if (stage == next) {
            return;
        }
        if (closed() || stage == InspectionStage.CANCELLED) {
            throw refused("inspection.state.over");
        }
        stage = next;
        changes.add(new InspectionStageChanged(code, institutionCode, institutionName, next, paper, at));
    }

    /** The inspector drafts the decision (again after a return); it names the period, the mode and the team. */
    public void decide(String number, String content, String inspectionMode, LocalDate from, LocalDate to,
                       String lead, List<String> members, String by, Instant at) {
        require(stage == InspectionStage.DECISION && decisionSignedOn == null, "inspection.state.decisionTaken");
        decisionNumber = number;
        mode = inspectionMode;
        checkFrom = from;
        checkTo = to;
        if (lead != null) {
            teamLead = lead;
        }
        changes.add(new InspectionChange.DecisionDrafted(code, number, content, inspectionMode, from, to, lead,
                List.copyOf(members), by, at));
    }

    /** The leader signs the drafted decision, returns it, or decides not to inspect. */
    public void sign(String verdict, String by, Instant at) {
        InspectionDocument draft = last("DECISION").filter(d -> d.signedBy() == null)
                .orElseThrow(() -> refused("inspection.state.noDraftDecision"));
        require(stage == InspectionStage.DECISION, "inspection.state.decisionTaken");
        changes.add(new InspectionChange.DecisionSignedOff(code, draft.id(), verdict, by, at));
    }

    /** The signed decision is issued under the register's number; its day starts the notice's limit. */
    public void issueDecision(String number, LocalDate signedOn, Instant at) {
        InspectionDocument signed = last("DECISION").filter(d -> d.signedBy() != null)
                .orElseThrow(() -> refused("inspection.state.decisionUnsigned"));
        decisionSignedOn = signedOn;
        decisionNumber = number;
        changes.add(new InspectionChange.DecisionIssued(code, signed.id(), number, signedOn, at));
    }

    /** The plan and its team, drawn up once the decision is signed. */
    public void plan(String content, String lead, List<String> members, String by, Instant at) {
        require(decisionSignedOn != null, "inspection.state.decisionUnsigned");
        require(stage == InspectionStage.PLANNING, "inspection.state.notPlanning");
        teamLead = lead;
        changes.add(new InspectionChange.PlanDrawnUp(code, content, lead, List.copyOf(members), by, at));
    }

    /** Who signed the decision: the one who approves the plan and its team. */
    public Optional<String> decisionSigner() {
        return last("DECISION").map(InspectionDocument::signedBy);
    }

    /** The plan and team approved (or returned) by whoever signed the decision. */
    public void approvePlan(String verdict, String by, Instant at) {
        InspectionDocument plan = last("PLAN").filter(d -> d.signedBy() == null)
                .orElseThrow(() -> refused("inspection.state.noDraftPlan"));
        require(by.equals(decisionSigner().orElse(null)), "inspection.state.notDecisionSigner");
        changes.add(new InspectionChange.PlanApproved(code, plan.id(), verdict, by, at));
    }

    /** The notice to the institution, once the plan is approved. */
    public void notify(String content, String channel, String by, Instant at) {
        require(last("PLAN").filter(d -> d.signedBy() != null).isPresent(), "inspection.state.planUnapproved");
        require(stage == InspectionStage.NOTICE, "inspection.state.notNotice");
        changes.add(new InspectionChange.InstitutionNotified(code, content, channel, by, at));
    }

    public void announce(String content, String by, Instant at) {
        require(last("NOTICE").isPresent(), "inspection.state.noNotice");
        changes.add(new InspectionChange.DecisionAnnounced(code, content, by, at));
    }

    /** The institution's self-assessment and evidence. */
    public void assess(String content, List<Inspections.Upload> files, String by, Instant at) {
        require(stage == InspectionStage.SELF_ASSESSMENT, "inspection.state.notSelfAssessment");
        changes.add(new InspectionChange.SelfAssessed(code, content, List.copyOf(files), by, at));
    }

    /** The check against the checklist; the day it is recorded ends the check (the report counts from it). */
    public void check(String checkMode, List<InspectionChange.CheckedItem> items, List<Inspections.Upload> files,
                      LocalDate endedOn, String by, Instant at) {
        require(stage == InspectionStage.CHECK, "inspection.state.notCheck");
        if (checkMode != null) {
            mode = checkMode;
        }
        checkEndedOn = endedOn;
        changes.add(new InspectionChange.Checked(code, checkMode, List.copyOf(items), List.copyOf(files), endedOn, by,
                at));
    }

    public void minute(String content, String representatives, String by, Instant at) {
        require(stage == InspectionStage.MINUTES && checkEndedOn != null, "inspection.state.notMinutes");
        changes.add(new InspectionChange.MinutesDrawnUp(code, content, representatives, by, at));
    }

    /** The team lead acknowledges the minutes for the team; only the lead may. */
    public void acknowledgeForTeam(String by, Instant at) {
        InspectionDocument minutes = minutes();
        require(teamLead == null || teamLead.equals(by), "inspection.state.notTeamLead");
        changes.add(new InspectionChange.MinutesAcknowledged(code, minutes.id(), "LEAD", null, by, at));
    }

    /** The institution acknowledges the minutes, with its objections if any. */
    public void acknowledge(String objections, String by, Instant at) {
        InspectionDocument minutes = minutes();
        require(minutes.institutionAcknowledgedBy() == null, "inspection.state.minutesAcknowledged");
        changes.add(new InspectionChange.MinutesAcknowledged(code, minutes.id(), "INSTITUTION", objections, by, at));
    }

    /**
     * The institution refused to sign the minutes, or let its time pass: the team records it with a witness
     * (full name and position) in a witness record, and the minutes stand with the team's signatures.
     */
    public void witness(String reason, String witness, String witnessPosition, String note, String by, Instant at) {
        InspectionDocument minutes = minutes();
        require(minutes.institutionAcknowledgedBy() == null, "inspection.state.minutesAcknowledged");
        require(last("WITNESS_RECORD").isEmpty(), "inspection.state.minutesWitnessed");
        changes.add(new InspectionChange.MinutesWitnessed(code, minutes.id(), reason, witness, witnessPosition, note,
                by, at));
    }

    /** How one violation is to be handled: sanction, Chairman, transfer, investigators or record only. */
    public void assessViolation(long findingId, String handling, String legalGround, String limitationPeriod,
                                String competentBody, String note, String by, Instant at) {
        violation(findingId);
        changes.add(new InspectionChange.ViolationAssessed(code, findingId, handling, legalGround, limitationPeriod,
                competentBody, note, by, at));
    }

    /** The leader signs the sanction decision or the submission to the Chairman for one violation. */
    public void signViolation(long findingId, String documentType, String number, String note, String by, Instant at) {
        Finding finding = violation(findingId);
        boolean expected = "SANCTION".equals(documentType) ? "SANCTION".equals(finding.handling())
                : "CHAIRMAN".equals(finding.handling());
        require(expected, "inspection.state.handlingMismatch");
        changes.add(new InspectionChange.ViolationSigned(code, findingId, documentType, number, note, by, at));
    }

    /** The violation's file is sent to the competent body or to the investigators. */
    public void transferViolation(long findingId, String number, String recipient, String by, Instant at) {
        Finding finding = violation(findingId);
        require("TRANSFER".equals(finding.handling()) || "INVESTIGATION".equals(finding.handling()),
                "inspection.state.handlingMismatch");
        changes.add(new InspectionChange.ViolationTransferred(code, findingId, number, recipient, by, at));
    }

    public void closeViolation(long findingId, Instant at) {
        require(violation(findingId).handling() != null, "inspection.state.handlingMissing");
        changes.add(new InspectionChange.ViolationHandled(code, findingId, at));
    }

    /** The team's results report. */
    public void report(String content, String by, Instant at) {
        require(stage == InspectionStage.REPORT, "inspection.state.notReport");
        changes.add(new InspectionChange.ReportSubmitted(code, content, by, at));
    }

    /** The draft conclusion with its recommendations (again after a return). */
    public void conclude(String number, String content, List<Inspections.RecommendationDraft> recommendations,
                         String by, Instant at) {
        require(stage == InspectionStage.CONCLUSION && last("REPORT").isPresent(), "inspection.state.notConclusion");
        conclusionNumber = number;
        changes.add(new InspectionChange.ConclusionDrafted(code, number, content, List.copyOf(recommendations), by,
                at));
    }

    /** The leader approves the draft conclusion or returns it. */
    public void approveConclusion(String verdict, String by, Instant at) {
        InspectionDocument draft = last("CONCLUSION").filter(d -> d.signedBy() == null)
                .orElseThrow(() -> refused("inspection.state.noDraftConclusion"));
        changes.add(new InspectionChange.ConclusionApproved(code, draft.id(), verdict, by, at));
    }

    /** The approved conclusion goes to the institution; each recommendation's remediation is now due. */
    public void publish(LocalDate on, byte[] pdf, Instant at) {
        InspectionDocument approved = last("CONCLUSION").filter(d -> d.signedBy() != null)
                .orElseThrow(() -> refused("inspection.state.conclusionUnapproved"));
        conclusionOn = on;
        changes.add(new InspectionChange.ConclusionPublished(code, approved.id(), on, pdf, at));
        enter(InspectionStage.REMEDIATION, at);
        for (Recommendation r : contents().recommendations()) {
            changes.add(new RemediationChanged(code, Long.toString(r.id()), r.area(), r.dueOn(),
                    RemediationStatus.OPEN, at));
        }
    }

    /** The institution reports how it remedied one recommendation. */
    public void remediate(long recommendationId, String report, List<Inspections.Upload> files, String by,
                          Instant at) {
        Recommendation r = recommendation(recommendationId);
        require(r.status() != RemediationStatus.ACCEPTED, "inspection.state.remediationAccepted");
        changes.add(new InspectionChange.RemediationReported(code, recommendationId, report, List.copyOf(files), by,
                at));
        changes.add(new RemediationChanged(code, Long.toString(r.id()), r.area(), r.dueOn(),
                RemediationStatus.REPORTED, at));
    }

    /** The team verifies a reported remediation: accepted, or sent back. */
    public void verifyRemediation(long recommendationId, boolean accepted, String note, String by, Instant at) {
        Recommendation r = recommendation(recommendationId);
        require(r.status() == RemediationStatus.REPORTED, "inspection.state.remediationNotReported");
        RemediationStatus status = accepted ? RemediationStatus.ACCEPTED : RemediationStatus.SENT_BACK;
        changes.add(new InspectionChange.RemediationVerified(code, recommendationId, status, note, by, at));
        changes.add(new RemediationChanged(code, Long.toString(r.id()), r.area(), r.dueOn(), status, at));
    }

    /** The case is closed and classified by {@link DigitalRule}. */
    public void close(LocalDate on, DigitalRule.Result result, Instant at) {
        require(!closed() && stage != InspectionStage.CANCELLED, "inspection.state.over");
        closedOn = on;
        digital = result.digital();
        reasons = List.copyOf(result.reasons());
        classifiedAt = at;
        enter(InspectionStage.CLOSED, at);
        changes.add(new InspectionClassified(code, institutionCode, on, result.digital(), paper, result.reasons(), at));
    }

    void started(String processInstance) {
        this.processInstanceId = processInstance;
    }

    // --- what the repository takes --------------------------------------------------------------------

    List<Object> changes() {
        return List.copyOf(changes);
    }

    void clearChanges() {
        changes.clear();
    }

    // --- guards ---------------------------------------------------------------------------------------

    private InspectionDocument minutes() {
        return last("MINUTES").orElseThrow(() -> refused("inspection.state.noMinutes"));
    }

    private Finding violation(long findingId) {
        return contents().findings().stream().filter(f -> f.id() == findingId && f.violation()).findFirst()
                .orElseThrow(() -> refused("inspection.state.noViolation"));
    }

    private Recommendation recommendation(long id) {
        require(stage == InspectionStage.REMEDIATION, "inspection.state.notRemediation");
        return contents().recommendations().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> refused("inspection.state.noRecommendation"));
    }

    /** The newest document of a type: a returned draft is replaced by the next one. */
    private Optional<InspectionDocument> last(String type) {
        return contents().documents().stream().filter(d -> d.type().equals(type)).reduce((a, b) -> b);
    }

    private Contents contents() {
        if (contents == null) {
            throw new IllegalStateException("Inspection " + code + " was read for display; load it to change it");
        }
        return contents;
    }

    private void require(boolean condition, String messageKey) {
        if (!condition) {
            throw refused(messageKey);
        }
    }

    private InspectionStateException refused(String messageKey) {
        return new InspectionStateException(code, messageKey);
    }

    // --- reading ----------------------------------------------------------------------------------------

    public boolean closed() {
        return stage == InspectionStage.CLOSED;
    }

    public String code() {
        return code;
    }

    public String institutionCode() {
        return institutionCode;
    }

    public String institutionName() {
        return institutionName;
    }

    public String subject() {
        return subject;
    }

    public String source() {
        return source;
    }

    public Long planItemId() {
        return planItemId;
    }

    public String mode() {
        return mode;
    }

    public InspectionStage stage() {
        return stage;
    }

    public boolean paper() {
        return paper;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String teamLead() {
        return teamLead;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public LocalDate decisionSignedOn() {
        return decisionSignedOn;
    }

    public LocalDate checkFrom() {
        return checkFrom;
    }

    public LocalDate checkTo() {
        return checkTo;
    }

    /** The day the check was recorded as done: the report's 10 working days count from it. */
    public LocalDate checkEndedOn() {
        return checkEndedOn;
    }

    public String conclusionNumber() {
        return conclusionNumber;
    }

    public LocalDate conclusionOn() {
        return conclusionOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Boolean digital() {
        return digital;
    }

    public List<String> reasons() {
        return reasons;
    }

    public Instant classifiedAt() {
        return classifiedAt;
    }
}
