package vn.vetflow.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.inspection.steps.InspectionStep;
import vn.vetflow.inspection.steps.StepWork;
import vn.vetflow.identity.Roles;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.Institutions;
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
            "Task_SignChairmanSubmission", "Task_TransferViolation", "Task_ReportRemediation", "Task_VerifyRemediation");
    /** The variables the process routes on; everything else the forms hold goes to our tables. */
    static final Set<String> ROUTING = Set.of("decisionSignoff", "handling", "conclusionApproval",
            "remediationVerdict", "planApproval", "institutionAcknowledgement");

    private final InspectionStore store;
    private final InspectionProcess process;
    private final InspectionJournal journal;
    private final Map<String, InspectionStep> steps;
    private final InspectionRepository repository;
    private final Institutions institutions;
    private final TransactionTemplate transaction;
    private final OrganisationUnits units;
    private final ProvinceClock clock;
    private final Checklists checklists;

    Inspections(InspectionStore store, InspectionProcess process, InspectionJournal journal, List<InspectionStep> steps,
                InspectionRepository repository, Institutions institutions, TransactionTemplate transaction,
                OrganisationUnits units,
                ProvinceClock clock, Checklists checklists) {
        this.store = store;
        this.process = process;
        this.journal = journal;
        this.steps = steps.stream().collect(Collectors.toUnmodifiableMap(InspectionStep::taskId, step -> step));
        this.repository = repository;
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
            String processInstance = process.start(code, username);
            Inspection started = repository.get(code);
            started.started(processInstance);
            repository.save(started);
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

    /** How the institution answered the minutes; with the witness when it refused to sign or stayed silent. */
    public Optional<InspectionStore.MinutesAnswer> minutesAnswer(String code) {
        return store.document(code, "MINUTES").flatMap(minutes -> store.minutesAnswer(minutes.id()));
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

    /** The step's own checks beyond its form's schema (a violation per field); nothing is stored. */
    public void checkStep(String code, String step, String username, Map<String, Object> values, StepInput input,
                          List<Violation> violations) {
        handler(step).check(new StepWork(code, username, values, input, name -> null, clock.now()), violations);
    }

    /**
     * Records the step through the inspection's transition, in the caller's transaction; {@code variables}
     * reads the process's routing variables of the task being completed.
     */
    public void record(String code, String step, Function<String, Object> variables, String username,
                       Map<String, Object> values, StepInput input) {
        handler(step).record(new StepWork(code, username, values, input, variables, clock.now()));
    }

    private InspectionStep handler(String step) {
        InspectionStep handler = steps.get(step);
        if (handler == null) {
            throw new IllegalArgumentException("No inspection step handles " + step);
        }
        return handler;
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
            repository.add(Inspection.registerPaper(code, found.code(), found.name(), paper.subject().strip(),
                    paper.decisionNumber().strip(), paper.decisionOn(), paper.conclusionNumber().strip(),
                    paper.conclusionOn(), scans, username, clock.now()));
            institutions.recordInspection(found.code(), paper.conclusionOn());
            return code;
        });
    }

    static boolean isPdf(byte[] content) {
        return content != null && content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D'
                && content[3] == 'F' && content[4] == '-';
    }

}