package vn.vetflow.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.Officers;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.shared.DateFormats;
import vn.vetflow.tasks.OpenTasks;
import vn.vetflow.tasks.WorkTask;

/** What the inspection pages show, ready for the templates (dates dd/MM/yyyy, Asia/Ho_Chi_Minh). */
@Component
class InspectionViews {

    /** Documents the institution sees (internal working papers stay with the team). */
    static final List<String> SHARED_DOCUMENTS = List.of("DECISION", "NOTICE", "ANNOUNCEMENT", "SELF_ASSESSMENT",
            "MINUTES", "OBJECTIONS", "WITNESS_RECORD", "CONCLUSION");

    private final Inspections inspections;
    private final InspectionDeadlines inspectionDeadlines;
    private final Deadlines deadlines;
    private final Officers officers;
    private final OpenTasks openTasks;

    InspectionViews(Inspections inspections, InspectionDeadlines inspectionDeadlines, Deadlines deadlines,
                    Officers officers, OpenTasks openTasks) {
        this.officers = officers;
        this.openTasks = openTasks;
        this.inspections = inspections;
        this.inspectionDeadlines = inspectionDeadlines;
        this.deadlines = deadlines;
    }

    record FileView(Inspection inspection, String created, String decisionSignedOn, String checkPeriod,
                    String conclusionOn, String closedOn, List<DocumentView> documents, List<FileLine> files,
                    List<CheckLine> checklist, List<FindingLine> findings, List<RecommendationLine> recommendations,
                    List<DeadlineLine> deadlines, List<TaskLine> tasks, List<TeamLine> team,
                    List<String> reasons) {

        public String stageKey() {
            return "inspection.stage." + inspection.stage().name();
        }

        public String classificationKey() {
            if (inspection.digital() == null) {
                return "inspection.classification.pending";
            }
            return inspection.digital() ? "inspection.classification.digital" : "inspection.classification.notDigital";
        }
    }

    record DocumentView(long id, String typeKey, String number, String content, boolean inSystem, String channelKey,
                        String createdBy, String createdAt, String signedBy, String signedAt, String leadAck,
                        String institutionAck, boolean hasPdf, boolean preparing) {
    }

    /** A member of the inspection team as pages show them: full name, role. */
    record TeamLine(String name, String role) {
    }

    record FileLine(long id, String purposeKey, String fileName, long size, String uploadedBy, String uploadedAt) {
    }

    record CheckLine(String itemCode, String areaKey, String text, String result, boolean violation, String note) {
    }

    record FindingLine(long id, String itemCode, String areaKey, String description, boolean violation,
                       String handlingKey, String legalGround, String signedNumber, String handledAt) {
    }

    record RecommendationLine(long id, String areaKey, String text, String dueOn, String statusKey, boolean overdue,
                              String report, String verdictNote) {
    }

    record DeadlineLine(String kindKey, String kindArg, String dueOn, String remindedAt, String escalatedAt,
                        boolean passed) {
    }

    record TaskLine(String id, String name, String key, String assignee, String due) {
    }

    record TaskView(String id, String name, String key, String assignee, boolean unassigned, String due) {
    }

    FileView file(Inspection inspection, boolean officer) {
        String code = inspection.code();
        LocalDate today = deadlines.today();
        Map<String, String> itemTexts = inspections.checklist().items().stream()
                .collect(Collectors.toMap(Checklists.Item::code, Checklists.Item::text));
        List<DocumentView> documents = inspections.documents(code).stream()
                .filter(d -> officer || SHARED_DOCUMENTS.contains(d.type()))
                .map(d -> new DocumentView(d.id(), "inspection.document." + d.type(), d.number(), d.content(),
                        d.inSystem(), d.channel() == null ? null : "inspection.channel." + d.channel(), name(d.createdBy()),
                        DateFormats.dateTime(d.createdAt()), name(d.signedBy()), time(d.signedAt()),
                        d.leadAcknowledgedBy() == null ? null
                                : name(d.leadAcknowledgedBy()) + " · " + time(d.leadAcknowledgedAt()),
                        d.institutionAcknowledgedBy() == null ? null
                                : name(d.institutionAcknowledgedBy()) + " · " + time(d.institutionAcknowledgedAt()),
                        d.hasPdf(), d.preparing())).toList();
        List<FileLine> files = inspections.files(code).stream()
                .filter(f -> officer || !"CHECK_EVIDENCE".equals(f.purpose()))
                .map(f -> new FileLine(f.id(), "inspection.file." + f.purpose(), f.fileName(), f.size(), name(f.uploadedBy()),
                        DateFormats.dateTime(f.uploadedAt()))).toList();
        List<CheckLine> checklist = officer ? inspections.checkResults(code).stream()
                .map(r -> new CheckLine(r.itemCode(), "inspection.area." + r.area(),
                        itemTexts.getOrDefault(r.itemCode(), r.itemCode()), r.result(), r.violation(), r.note()))
                .toList() : List.of();
        List<FindingLine> findings = inspections.findings(code).stream()
                .map(f -> new FindingLine(f.id(), f.itemCode(), "inspection.area." + f.area(), f.description(),
                        f.violation(), f.handling() == null ? null : "inspection.handling." + f.handling(),
                        f.legalGround(), f.signedNumber(), time(f.handledAt()))).toList();
        List<RecommendationLine> recommendations = inspections.recommendations(code).stream()
                .map(r -> new RecommendationLine(r.id(), "inspection.area." + r.area(), r.text(),
                        DateFormats.date(r.dueOn()), "inspection.remediation." + r.status().name(),
                        r.status() != RemediationStatus.ACCEPTED && r.dueOn().isBefore(today), r.report(),
                        r.verdictNote())).toList();
        List<DeadlineLine> deadlineLines = inspections.deadlines(code).stream()
                .map(d -> new DeadlineLine("inspection.deadline." + d.limit(), d.ref(),
                        DateFormats.date(d.dueOn()), time(d.remindedAt()), time(d.escalatedAt()),
                        d.dueOn().isBefore(today))).toList();
        List<TaskLine> tasks = openTasks.ofCase(code).stream()
                .map(t -> new TaskLine(t.taskId(), t.stepName(), t.stepKey(), t.assignee(), date(t.due()))).toList();
        return new FileView(inspection, DateFormats.dateTime(inspection.createdAt()),
                DateFormats.date(inspection.decisionSignedOn()),
                inspection.checkFrom() == null ? "" : DateFormats.date(inspection.checkFrom()) + " – "
                        + DateFormats.date(inspection.checkTo()),
                DateFormats.date(inspection.conclusionOn()), DateFormats.date(inspection.closedOn()), documents, files,
                checklist, findings, recommendations, deadlineLines, tasks, inspections.team(code).stream()
                        .map(m -> new TeamLine(officers.fullName(m.username()), m.role())).toList(), inspection.reasons());
    }

    TaskView task(WorkTask task) {
        return new TaskView(task.id(), task.name(), task.stepKey(), task.assignee(), task.assignee() == null,
                date(task.due()));
    }

    private String date(java.time.Instant due) {
        return due == null ? "" : DateFormats.date(LocalDate.ofInstant(due, deadlines.calendar().zone()));
    }

    String defaultRemediationDue() {
        return inspectionDeadlines.remediationDefault().toString();
    }

    private static String time(java.time.Instant at) {
        return at == null ? null : DateFormats.dateTime(at);
    }

    static <T> Function<T, T> identity() {
        return t -> t;
    }

    /** People appear by their full names on pages, never by their logins. */
    private String name(String username) {
        return username == null ? null : officers.fullName(username);
    }
}
