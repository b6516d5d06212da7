package vn.vetflow.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.Institutions;
import vn.vetflow.institution.Occupation;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;

/**
 * Reporting rounds and the reports filed in them: opening a round (one report per institution, the round's
 * process started in the same transaction), drafts, what the steps of the process record, and the read side
 * of the pages. Submitting and reviewing go through the task door ({@link ReportingStepHandler}).
 */
@Service
public class ReportingRounds {

    private final ReportingStore store;
    private final ReportingProcess process;
    private final Institutions institutions;
    private final RoundRules rules;
    private final ReportTemplate template;
    private final ProvinceClock clock;
    private final ApplicationEventPublisher events;

    ReportingRounds(ReportingStore store, ReportingProcess process, Institutions institutions, RoundRules rules,
                    ReportTemplate template, ProvinceClock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.process = process;
        this.institutions = institutions;
        this.rules = rules;
        this.template = template;
        this.clock = clock;
        this.events = events;
    }

    // --- opening a round ------------------------------------------------------------------------------

    /** Opens a round for every institution of the register and starts its process; returns the round's code. */
    @Transactional
    public String open(OpenRound request, String username) {
        List<Violation> violations = new ArrayList<>();
        if (request.kind() == null) {
            throw new InvalidRequestException(Violation.of("kind", "reporting.error.required"));
        }
        LocalDate from;
        LocalDate to;
        LocalDate due;
        String code;
        if (request.kind() == RoundRules.RoundKind.AD_HOC) {
            from = request.from();
            to = request.to();
            due = request.dueOn();
            require(from, "from", violations);
            require(to, "to", violations);
            require(due, "dueOn", violations);
            if (violations.isEmpty() && !from.isBefore(to)) {
                violations.add(Violation.of("to", "reporting.error.periodOrder"));
            }
            if (violations.isEmpty() && due.isBefore(to)) {
                violations.add(Violation.of("dueOn", "reporting.error.dueBeforeEnd"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations);
            }
            String prefix = to.getYear() + "-AH-";
            long sameYear = store.rounds().stream().filter(r -> r.code().startsWith(prefix)).count();
            code = prefix + String.format("%02d", sameYear + 1);
        } else {
            if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
                throw new InvalidRequestException(Violation.of("year", "reporting.error.year"));
            }
            RoundRules.Period period = RoundRules.period(request.kind(), request.year());
            from = period.from();
            to = period.to();
            due = rules.dueOn(request.kind(), to);
            code = request.year() + (request.kind() == RoundRules.RoundKind.HALF_YEAR ? "-H1" : "-Y");
        }
        if (store.round(code).isPresent()) {
            throw new InvalidRequestException(Violation.of("kind", "reporting.error.roundExists", code));
        }
        if (due.isBefore(clock.today())) {
            throw new InvalidRequestException(Violation.of("dueOn", "reporting.error.dueInPast"));
        }
        return openRound(code, request.kind(), from, to, due, username);
    }

    String openRound(String code, RoundRules.RoundKind kind, LocalDate from, LocalDate to, LocalDate due,
                             String username) {
        long roundId = store.insertRound(code, kind.name(), from, to, due, template.key(), "OPEN", username,
                clock.now());
        for (InstitutionSummary institution : institutions.all()) {
            store.insertReport(roundId, institution.code(), ReportStatus.EXPECTED, due);
        }
        String instance = process.start(code, due, rules.reminderOn(due), rules.closeOn(due), clock.zone());
        store.setProcessInstance(roundId, instance);
        return code;
    }

    private static void require(Object value, String field, List<Violation> violations) {
        if (value == null) {
            violations.add(Violation.of(field, "reporting.error.required"));
        }
    }

    // --- reading ---------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Round> rounds() {
        return store.rounds();
    }

    @Transactional(readOnly = true)
    public Optional<Round> round(String code) {
        return store.round(code);
    }

    @Transactional(readOnly = true)
    public Optional<Round> round(long id) {
        return store.round(id);
    }

    @Transactional(readOnly = true)
    public List<Report> reports(Round round) {
        return store.reportsOf(round.id());
    }

    @Transactional(readOnly = true)
    public Optional<Report> report(long id) {
        return store.report(id);
    }

    @Transactional(readOnly = true)
    public List<Report> reportsOfInstitution(String institutionCode) {
        return store.reportsOfInstitution(institutionCode);
    }

    @Transactional(readOnly = true)
    public Map<FigureKey, BigDecimal> figures(long reportId) {
        return store.figures(reportId);
    }

    /** The institution's latest report accepted in an earlier round. */
    @Transactional(readOnly = true)
    public Optional<Report> previousAccepted(Report report) {
        Round round = store.round(report.roundId()).orElseThrow();
        return store.previousAccepted(report.institutionCode(), round.periodTo());
    }

    /** The report's figures that jumped against its previous accepted report (rounds.yaml's threshold). */
    @Transactional(readOnly = true)
    Map<FigureKey, FigureJumps.Jump> flags(Report report) {
        Map<FigureKey, BigDecimal> previous = previousAccepted(report).map(r -> store.figures(r.id())).orElse(Map.of());
        return FigureJumps.flags(store.figures(report.id()), previous, rules.jumpPercent());
    }

    @Transactional(readOnly = true)
    List<ReportingStore.Review> reviews(long reportId) {
        return store.reviews(reportId);
    }

    @Transactional(readOnly = true)
    List<ReportingStore.EvidenceFile> files(long reportId) {
        return store.files(reportId);
    }

    @Transactional(readOnly = true)
    Optional<byte[]> fileContent(long reportId, long fileId) {
        return store.fileContent(reportId, fileId);
    }

    public ReportTemplate template() {
        return template;
    }

    /** The table rows an institution fills: one per level and occupation it is registered for. */
    public List<String> dimensions(String institutionCode) {
        return institutions.occupations(institutionCode).stream()
                .map(o -> o.level().name() + "|" + o.code()).distinct().toList();
    }

    /** The occupations behind the table rows, by dimension. */
    public Map<String, Occupation> occupations(String institutionCode) {
        Map<String, Occupation> rows = new LinkedHashMap<>();
        institutions.occupations(institutionCode).forEach(o -> rows.putIfAbsent(o.level().name() + "|" + o.code(), o));
        return rows;
    }

    /** The open task of a step of the report, if the process waits there. */
    public Optional<String> openTask(Report report, String step) {
        return process.openTask(report.roundCode(), report.institutionCode(), step);
    }

    /** The report an open task of the process belongs to. */
    @Transactional(readOnly = true)
    public Optional<Report> reportOfTask(String taskId) {
        return process.caseOf(taskId).flatMap(c -> store.report(c[0], c[1]));
    }

    // --- the institution's draft -------------------------------------------------------------------------

    /**
     * Keeps what the institution typed so far (figures that parse) and its evidence; a figure that does not
     * parse is refused with its message and nothing is stored.
     */
    @Transactional
    public void saveDraft(long reportId, String username, Map<String, ?> sent, List<ReportInput.Upload> files) {
        Report report = store.report(reportId).orElseThrow();
        if (!report.editable()) {
            throw new InvalidRequestException(Violation.of("report", "reporting.error.notEditable"));
        }
        ReportValidation.Checked checked = ReportValidation.check(template, sent, dimensions(report.institutionCode()),
                false);
        if (!checked.violations().isEmpty()) {
            throw new InvalidRequestException(checked.violations());
        }
        store.replaceFigures(reportId, checked.figures());
        addFiles(reportId, files, username);
    }

    // --- what the steps record ---------------------------------------------------------------------------

    /** The template's rules for a submission: every figure and cell, on top of the form's own checks. */
    void checkSubmission(String institutionCode, Map<String, Object> values, ReportInput input,
                         List<Violation> violations) {
        Map<String, Object> sent = new HashMap<>(values);
        sent.putAll(input.cells());
        ReportValidation.check(template, sent, dimensions(institutionCode), true).violations().stream()
                .filter(v -> violations.stream().noneMatch(known -> known.field().equals(v.field())))
                .forEach(violations::add);
    }

    void recordSubmission(String roundCode, String institutionCode, String username, Map<String, Object> values,
                          ReportInput input) {
        Report report = store.report(roundCode, institutionCode).orElseThrow();
        Map<String, Object> sent = new HashMap<>(values);
        sent.putAll(input.cells());
        store.replaceFigures(report.id(), ReportValidation.check(template, sent, dimensions(institutionCode), true)
                .figures());
        addFiles(report.id(), input.files(), username);
        Instant now = clock.now();
        store.submitted(report.id(), username, now, clock.today().isAfter(report.dueOn()));
    }

    void recordReview(String roundCode, String institutionCode, String username, boolean accepted, String comment) {
        Report report = store.report(roundCode, institutionCode).orElseThrow();
        store.decided(report.id(), accepted, username, clock.now(), comment);
    }

    List<String> institutionsOf(String roundCode) {
        Round round = store.round(roundCode).orElseThrow();
        return store.reportsOf(round.id()).stream().map(Report::institutionCode).toList();
    }

    List<String> members(String institutionCode) {
        return institutions.membersOf(institutionCode);
    }

    /** The reminder timer: only a report never submitted is reminded of. */
    void remind(String roundCode, String institutionCode) {
        store.report(roundCode, institutionCode)
                .filter(r -> r.firstSubmittedAt() == null && r.editable())
                .ifPresent(r -> events.publishEvent(new ReportReminderDue(roundCode, institutionCode, r.dueOn())));
    }

    /** The due day passed with the report never submitted: it is late, and the Department is told once. */
    void overdue(String roundCode, String institutionCode) {
        store.report(roundCode, institutionCode).filter(r -> store.markLate(r.id()))
                .ifPresent(r -> events.publishEvent(new ReportOverdue(roundCode, institutionCode, r.dueOn())));
    }

    /** The round's close day: every report not accepted is missing, the round is closed. */
    void close(String roundCode) {
        Round round = store.round(roundCode).orElseThrow();
        store.markMissing(round.id());
        store.closeRound(round.id(), clock.now());
    }

    private void addFiles(long reportId, List<ReportInput.Upload> files, String username) {
        for (ReportInput.Upload file : files) {
            if (file.content() != null && file.content().length > 0) {
                store.addFile(reportId, file.fileName(), file.contentType(), file.content(), username, clock.now());
            }
        }
    }
}
