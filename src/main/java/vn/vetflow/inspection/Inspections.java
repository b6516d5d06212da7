package vn.vetflow.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.identity.Roles;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.Institutions;
import vn.vetflow.shared.DateFormats;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;

/**
 * The inspections as the pages (and the demo) use them: start one, work its tasks with the step's form
 * validated on the server, read its file, register a paper inspection. Who may act is decided here.
 */
@Service
public class Inspections {

    /** Steps inside a multi-instance branch: their routing variables stay local to the branch. */
    static final Set<String> BRANCH_STEPS = Set.of("Task_HandleViolation", "Task_SignSanction",
            "Task_SignChairmanSubmission", "Task_ReportRemediation", "Task_VerifyRemediation");
    /** The variables the process routes on; everything else the forms hold goes to our tables. */
    static final Set<String> ROUTING = Set.of("decisionSignoff", "handling", "conclusionApproval",
            "remediationVerdict");
    static final Set<String> RESULTS = Set.of("COMPLIANT", "FINDING", "NOT_APPLICABLE");
    static final Set<String> MODES = Set.of("REMOTE", "DOCUMENTS", "ON_SITE");

    private final InspectionStore store;
    private final InspectionProcess process;
    private final InspectionJournal journal;
    private final InspectionSteps steps;
    private final InspectionDeadlines inspectionDeadlines;
    private final Institutions institutions;
    private final TransactionTemplate transaction;
    private final OrganisationUnits units;
    private final ProvinceClock clock;
    private final Checklists checklists;

    Inspections(InspectionStore store, InspectionProcess process, InspectionJournal journal, InspectionSteps steps,
                InspectionDeadlines inspectionDeadlines, Institutions institutions,
                TransactionTemplate transaction, OrganisationUnits units,
                ProvinceClock clock, Checklists checklists) {
        this.store = store;
        this.process = process;
        this.journal = journal;
        this.steps = steps;
        this.inspectionDeadlines = inspectionDeadlines;
        this.institutions = institutions;
        this.transaction = transaction;
        this.units = units;
        this.clock = clock;
        this.checklists = checklists;
    }

    // --- what the pages send ----------------------------------------------------------------------------

    /** A file sent with a step. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    /** One checklist item's result as the inspector sent it. */
    public record CheckInput(String result, boolean violation, String note) {
    }

    /** A recommendation of the draft conclusion. */
    public record RecommendationDraft(String area, String text, LocalDate dueOn) {
    }

    /** Everything a step may carry besides its form. */
    public record StepInput(Map<String, Object> values, List<Upload> files, Map<String, CheckInput> checklist,
                            List<RecommendationDraft> recommendations) {

        public StepInput {
            values = values == null ? Map.of() : values;
            files = files == null ? List.of() : files;
            checklist = checklist == null ? Map.of() : checklist;
            recommendations = recommendations == null ? List.of() : recommendations;
        }

        public static StepInput of(Map<String, Object> values) {
            return new StepInput(values, null, null, null);
        }
    }

    // --- start ------------------------------------------------------------------------------------------

    /** Starts an inspection of the institution: the inspection row, then the process (business key = code). */
    public String start(String institutionCode, String subject, String source, Long planItemId, String username) {
        InstitutionSummary institution = institutions.byCode(institutionCode)
                .orElseThrow(() -> new InvalidRequestException(Violation.of("institution", "inspection.error.institution")));
        if (subject == null || subject.isBlank()) {
            throw new InvalidRequestException(Violation.of("subject", "forms.error.required"));
        }
        return transaction.execute(status -> {
            String code = nextCode();
            Instant now = clock.now();
            store.insert(new Inspection(code, institution.code(), institution.name(), subject.strip(), source,
                    planItemId, null, InspectionStage.DECISION, false, null, null, username, now, null, null, null,
                    null, null, null, null, null, List.of(), null));
            journal.stage(new InspectionStageChanged(code, institution.code(), institution.name(),
                    InspectionStage.DECISION, false, now));
            store.set(code, "process_instance_id", process.start(code, username));
            return code;
        });
    }

    private String nextCode() {
        String prefix = "KT-" + clock.today().getYear() + "-";
        int n = store.countCodesStartingWith(prefix) + 1;
        while (store.find(prefix + String.format("%04d", n)).isPresent()) {
            n++;
        }
        return prefix + String.format("%04d", n);
    }

    // --- reads ------------------------------------------------------------------------------------------

    public Inspection get(String code) {
        return store.get(code);
    }

    public Optional<Inspection> find(String code) {
        return store.find(code);
    }

    public List<Inspection> all() {
        return store.all();
    }

    public List<Inspection> ofInstitution(String institutionCode) {
        return store.ofInstitution(institutionCode);
    }

    public List<InspectionDocument> documents(String code) {
        return store.documents(code);
    }

    public List<InspectionFile> files(String code) {
        return store.files(code);
    }

    public Optional<byte[]> fileContent(String code, long id) {
        return store.fileContent(code, id);
    }

    public Optional<byte[]> pdf(String code, long documentId) {
        return store.documents(code).stream().anyMatch(d -> d.id() == documentId) ? store.pdf(documentId)
                : Optional.empty();
    }

    public List<CheckResult> checkResults(String code) {
        return store.checkResults(code);
    }

    public List<Finding> findings(String code) {
        return store.findings(code);
    }

    public List<Recommendation> recommendations(String code) {
        return store.recommendations(code);
    }

    public List<Deadline> deadlines(String code) {
        return store.deadlines(code);
    }

    public List<InspectionStore.TeamMember> team(String code) {
        return store.team(code);
    }

    public Checklists.Checklist checklist() {
        return checklists.standard();
    }

    // --- who may act ------------------------------------------------------------------------------------

    /** Whether an officer may open inspection files: inspectors and leaders of the unit, administrators. */
    public boolean mayOpenFiles(List<String> groups) {
        return groups.contains(Roles.ADMIN) || groups.contains(Roles.SUPERVISOR)
                || units.among(groups).contains(units.unitFor(InspectionProcess.KEY, null, null));
    }

    // --- work a step: the task door (tasks.TaskWork) calls these through InspectionStepHandler ------------

    void checkStep(String code, String step, String username, Map<String, Object> values, StepInput input,
                           List<Violation> violations) {
        switch (step) {
            case "Task_DraftDecision" -> {
                LocalDate from = date(values.get("checkFrom"));
                LocalDate to = date(values.get("checkTo"));
                if (from != null && to != null && to.isBefore(from)) {
                    violations.add(Violation.of("checkTo", "inspection.error.period"));
                }
                Object lead = values.get("teamLead");
                if (lead != null && !lead.toString().matches("[A-Za-z0-9._-]+")) {
                    violations.add(Violation.of("teamLead", "inspection.error.username"));
                }
            }
            case "Task_Check" -> {
                for (Checklists.Item item : checklists.standard().items()) {
                    CheckInput result = input.checklist().get(item.code());
                    if (result == null || !RESULTS.contains(result.result())) {
                        violations.add(Violation.of("item." + item.code(), "inspection.error.checkItem", item.code()));
                    } else if ("FINDING".equals(result.result()) && (result.note() == null || result.note().isBlank())) {
                        violations.add(Violation.of("item." + item.code(), "inspection.error.findingNote", item.code()));
                    }
                }
            }
            case "Task_AckMinutesLead" -> {
                String lead = store.get(code).teamLead();
                if (lead != null && !lead.equals(username)) {
                    violations.add(Violation.of("leadAcknowledgement", "inspection.error.notTeamLead", lead));
                }
            }
            case "Task_Plan" -> {
                Object lead = values.get("teamLead");
                if (lead != null && !lead.toString().matches("[A-Za-z0-9._-]+")) {
                    violations.add(Violation.of("teamLead", "inspection.error.username"));
                }
            }
            case "Task_DraftConclusion" -> {
                for (RecommendationDraft r : input.recommendations()) {
                    if (r.text() == null || r.text().isBlank() || r.dueOn() == null
                            || !Checklists.AREAS.contains(r.area()) || r.dueOn().isBefore(clock.today())) {
                        violations.add(Violation.of("recommendations", "inspection.error.recommendation"));
                        break;
                    }
                }
            }
            default -> {
            }
        }
    }

    void record(String code, String step, Task task, String username, Map<String, Object> v,
                        StepInput input) {
        Instant now = clock.now();
        switch (step) {
            case "Task_DraftDecision" -> {
                store.set(code, "decision_number", v.get("decisionNumber"));
                store.set(code, "mode", v.get("inspectionMode"));
                store.set(code, "check_from", date(v.get("checkFrom")));
                store.set(code, "check_to", date(v.get("checkTo")));
                store.addDocument(code, "DECISION", (String) v.get("decisionNumber"),
                        v.get("decisionSubject") + "\nCăn cứ: " + v.get("legalBasis"), true, null, username, now);
                // The decision names the team (Điều 2); the plan step may still confirm or change it.
                if (v.get("teamLead") != null) {
                    store.replaceTeam(code, (String) v.get("teamLead"), members((String) v.get("teamMembers")));
                }
            }
            case "Task_SignDecision" -> {
                if ("SIGN".equals(v.get("decisionSignoff"))) {
                    store.document(code, "DECISION").ifPresent(d -> {
                        store.updateDocument(d.id(), "signed_by", username);
                        store.updateDocument(d.id(), "signed_at", now);
                    });
                }
            }
            case "Task_Plan" -> {
                store.addDocument(code, "PLAN", null, (String) v.get("planContent"), true, null, username, now);
                String members = (String) v.get("teamMembers");
                store.replaceTeam(code, (String) v.get("teamLead"), members(members));
            }
            case "Task_Notice" -> store.addDocument(code, "NOTICE", null,
                    v.get("noticeContent") + "\n" + v.get("selfAssessmentRequest"), true,
                    (String) v.get("noticeChannel"), username, now);
            case "Task_Announce" -> store.addDocument(code, "ANNOUNCEMENT", null,
                    "Ngày công bố: " + DateFormats.date(date(v.get("announcedOn"))) + (v.get("attendees") == null ? "" : "\n" + v.get("attendees"))
                            + (v.get("announcementNote") == null ? "" : "\n" + v.get("announcementNote")),
                    true, "SYSTEM", username, now);
            case "Task_SelfAssessment" -> {
                long id = store.addDocument(code, "SELF_ASSESSMENT", null, (String) v.get("selfAssessment"), true,
                        "SYSTEM", username, now);
                for (Upload file : input.files()) {
                    store.addFile(code, "EVIDENCE", id, file.fileName(), file.contentType(), file.content(), username,
                            now);
                }
            }
            case "Task_Check" -> {
                store.set(code, "mode", v.get("checkMode"));
                store.deleteFindings(code);
                for (Checklists.Item item : checklists.standard().items()) {
                    CheckInput r = input.checklist().get(item.code());
                    boolean violation = "FINDING".equals(r.result()) && r.violation();
                    store.saveCheckItem(code, item.code(), item.area(), r.result(), violation, blankToNull(r.note()),
                            null, username, now);
                    if ("FINDING".equals(r.result())) {
                        long id = store.addFinding(code, item.code(), item.area(), r.note(), violation, now);
                        journal.finding(new FindingRecorded(code, Long.toString(id), item.area(), violation, now));
                    }
                }
                for (Upload file : input.files()) {
                    store.addFile(code, "CHECK_EVIDENCE", null, file.fileName(), file.contentType(), file.content(),
                            username, now);
                }
            }
            case "Task_Minutes" -> {
                long id = store.addDocument(code, "MINUTES", code + "/BB",
                        v.get("minutesPlace") + "\n" + v.get("minutesContent"), true, "SYSTEM", username, now);
                store.updateDocument(id, "representatives", v.get("representatives"));
            }
            case "Task_AckMinutesLead" -> store.document(code, "MINUTES").ifPresent(d -> {
                store.updateDocument(d.id(), "lead_acknowledged_by", username);
                store.updateDocument(d.id(), "lead_acknowledged_at", now);
            });
            case "Task_AckMinutesInstitution" -> {
                store.document(code, "MINUTES").ifPresent(d -> {
                    store.updateDocument(d.id(), "institution_acknowledged_by", username);
                    store.updateDocument(d.id(), "institution_acknowledged_at", now);
                });
                if (v.get("objections") != null) {
                    store.addDocument(code, "OBJECTIONS", null, v.get("representative") + ": " + v.get("objections"),
                            true, "SYSTEM", username, now);
                }
            }
            case "Task_HandleViolation" -> {
                Map<String, Object> columns = new HashMap<>();
                columns.put("handling", v.get("handling"));
                columns.put("legal_ground", v.get("legalGround"));
                columns.put("limitation_period", v.get("limitationPeriod"));
                columns.put("competent_body", v.get("competentBody"));
                columns.put("handling_note", v.get("handlingNote"));
                store.updateFinding(branchId(task, "violationId"), columns);
            }
            case "Task_SignSanction", "Task_SignChairmanSubmission" -> {
                long id = branchId(task, "violationId");
                store.updateFinding(id, Map.of("signed_number", v.get("signedNumber")));
                long doc = store.addDocument(code, "Task_SignSanction".equals(step) ? "SANCTION"
                        : "CHAIRMAN_SUBMISSION", (String) v.get("signedNumber"), (String) v.get("signoffNote"), true,
                        null, username, now);
                store.updateDocument(doc, "signed_by", username);
                store.updateDocument(doc, "signed_at", now);
            }
            case "Task_Report" -> store.addDocument(code, "REPORT", null, (String) v.get("reportContent"), true,
                    null, username, now);
            case "Task_DraftConclusion" -> {
                store.set(code, "conclusion_number", v.get("conclusionNumber"));
                store.addDocument(code, "CONCLUSION", (String) v.get("conclusionNumber"),
                        (String) v.get("conclusionContent"), true, null, username, now);
                store.deleteRecommendations(code);
                for (RecommendationDraft r : input.recommendations()) {
                    store.addRecommendation(code, r.area(), r.text().strip(), r.dueOn());
                }
            }
            case "Task_ApproveConclusion" -> {
                if ("APPROVE".equals(v.get("conclusionApproval"))) {
                    store.document(code, "CONCLUSION").ifPresent(d -> {
                        store.updateDocument(d.id(), "signed_by", username);
                        store.updateDocument(d.id(), "signed_at", now);
                    });
                }
            }
            case "Task_ReportRemediation" -> {
                long id = branchId(task, "recommendationId");
                store.reportRemediation(id, (String) v.get("remediationReport"), username, now);
                for (Upload file : input.files()) {
                    store.addFile(code, "REMEDIATION", id, file.fileName(), file.contentType(), file.content(),
                            username, now);
                }
                remediationEvent(code, id, now);
            }
            case "Task_VerifyRemediation" -> {
                long id = branchId(task, "recommendationId");
                RemediationStatus status = "ACCEPT".equals(v.get("remediationVerdict")) ? RemediationStatus.ACCEPTED
                        : RemediationStatus.SENT_BACK;
                store.verifyRemediation(id, status, (String) v.get("verificationNote"), username, now);
                remediationEvent(code, id, now);
            }
            default -> {
            }
        }
    }

    private void remediationEvent(String code, long id, Instant now) {
        Recommendation r = store.recommendation(id);
        journal.remediation(new RemediationChanged(code, Long.toString(id), r.area(), r.dueOn(), r.status(), now));
    }

    private long branchId(Task task, String variable) {
        return Long.parseLong(String.valueOf(process.variable(task, variable)));
    }

    // --- paper inspections ------------------------------------------------------------------------------

    /** An inspection carried out on paper, registered afterwards with its scanned documents. */
    public record PaperInspection(String institutionCode, String subject, LocalDate decisionOn, String decisionNumber,
                                  LocalDate conclusionOn, String conclusionNumber, List<Upload> scans) {
    }

    /**
     * Registers a paper inspection as closed: it counts in the denominator of the digital share and is
     * never digital. Publishes its stage CLOSED (paper) and its classification.
     */
    public String registerPaper(PaperInspection paper, String username) {
        List<Violation> violations = new ArrayList<>();
        Optional<InstitutionSummary> institution = institutions.byCode(paper.institutionCode());
        if (institution.isEmpty()) {
            violations.add(Violation.of("institutionCode", "inspection.error.institution"));
        }
        if (paper.subject() == null || paper.subject().isBlank()) {
            violations.add(Violation.of("subject", "forms.error.required"));
        }
        if (paper.decisionNumber() == null || paper.decisionNumber().isBlank()) {
            violations.add(Violation.of("decisionNumber", "forms.error.required"));
        }
        if (paper.conclusionNumber() == null || paper.conclusionNumber().isBlank()) {
            violations.add(Violation.of("conclusionNumber", "forms.error.required"));
        }
        if (paper.decisionOn() == null) {
            violations.add(Violation.of("decisionOn", "forms.error.required"));
        }
        if (paper.conclusionOn() == null) {
            violations.add(Violation.of("conclusionOn", "forms.error.required"));
        } else if (paper.decisionOn() != null && paper.conclusionOn().isBefore(paper.decisionOn())) {
            violations.add(Violation.of("conclusionOn", "inspection.error.period"));
        } else if (paper.conclusionOn().isAfter(clock.today())) {
            violations.add(Violation.of("conclusionOn", "inspection.error.future"));
        }
        List<Upload> scans = paper.scans() == null ? List.of() : paper.scans();
        if (scans.isEmpty()) {
            violations.add(Violation.of("scans", "inspection.error.scans"));
        }
        for (Upload scan : scans) {
            if (!isPdf(scan.content())) {
                violations.add(Violation.of("scans", "inspection.error.pdf", scan.fileName()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        InstitutionSummary found = institution.get();
        return transaction.execute(status -> {
            String code = nextCode();
            Instant now = clock.now();
            store.insert(new Inspection(code, found.code(), found.name(), paper.subject().strip(), "PAPER", null,
                    null, InspectionStage.CLOSED, true, null, null, username, now, paper.decisionNumber().strip(),
                    paper.decisionOn(), null, null, paper.conclusionNumber().strip(), paper.conclusionOn(),
                    paper.conclusionOn(), null, List.of(), null));
            store.addDocument(code, "DECISION", paper.decisionNumber().strip(), null, false, "PAPER", username, now);
            store.addDocument(code, "CONCLUSION", paper.conclusionNumber().strip(), null, false, "PAPER", username, now);
            for (Upload scan : scans) {
                store.addFile(code, "SCAN", null, scan.fileName(), "application/pdf", scan.content(), username, now);
            }
            journal.stage(new InspectionStageChanged(code, found.code(), found.name(), InspectionStage.CLOSED, true,
                    now));
            DigitalRule.Result result = DigitalRule.classify(store.get(code), store.documents(code), store.files(code));
            store.classify(code, paper.conclusionOn(), result.digital(), result.reasons(), now);
            journal.classified(new InspectionClassified(code, found.code(), paper.conclusionOn(), result.digital(),
                    true, result.reasons(), now));
            institutions.recordInspection(found.code(), paper.conclusionOn());
            return code;
        });
    }

    static boolean isPdf(byte[] content) {
        return content != null && content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D'
                && content[3] == 'F' && content[4] == '-';
    }

    static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }




    /** The team members typed as logins separated by commas. */
    private static List<String> members(String typed) {
        return typed == null ? List.of()
                : Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}