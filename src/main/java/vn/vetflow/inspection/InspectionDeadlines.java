package vn.vetflow.inspection;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.vetflow.publicservice.Deadlines;

/**
 * The inspection's legal time limits for the BPMN ({@code ${inspectionDeadlines.due(execution, 'notice')}}):
 * counted from processes/inspection/deadlines.yaml in working days of the province's calendar, stored
 * with the inspection (the file page shows them) and stable once set, so a return loop never moves them.
 */
@Component("inspectionDeadlines")
public class InspectionDeadlines {

    private static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

    private final InspectionStore store;
    private final InspectionLimits limits;
    private final Deadlines deadlines;

    InspectionDeadlines(InspectionStore store, InspectionLimits limits, Deadlines deadlines) {
        this.store = store;
        this.limits = limits;
        this.deadlines = deadlines;
    }

    /** The end of the limit's last day; sets the limit the first time it is asked for. */
    public Date due(VariableScope execution, String kind) {
        return deadlines.endOf(dueOn(code(execution), kind));
    }

    /** The reminder's moment: {@code reminderBefore} working days before the limit, at the start of the day. */
    public Date reminder(VariableScope execution, String kind) {
        LocalDate due = dueOn(code(execution), kind);
        Integer before = limits.of(kind).reminderBefore();
        LocalDate day = deadlines.calendar().subtractWorkingDays(due, before == null ? 1 : before);
        if (day.isBefore(deadlines.today())) {
            day = deadlines.today();
        }
        return Date.from(day.atTime(REMINDER_TIME).atZone(deadlines.calendar().zone()).toInstant());
    }

    /** The due date of the recommendation this multi-instance branch remediates. */
    public Date remediationDue(VariableScope execution) {
        long id = Long.parseLong(String.valueOf(execution.getVariable("recommendationId")));
        return deadlines.endOf(store.recommendation(id).dueOn());
    }

    /**
     * A limit on handling the violation of this multi-instance branch (violationRecord, sanction, transfer,
     * chairman), counted from the day its step starts and kept per violation.
     */
    public Date violationDue(VariableScope execution, String kind) {
        return deadlines.endOf(violationDueOn(code(execution), violationKey(execution, kind), kind));
    }

    static String violationKey(VariableScope execution, String kind) {
        return kind + "-" + execution.getVariable("violationId");
    }

    LocalDate violationDueOn(String code, String key, String kind) {
        return store.deadline(code, key).orElseGet(() -> {
            LocalDate due = count(deadlines.today(), limits.of(kind));
            store.setDeadline(code, key, due);
            return due;
        });
    }

    LocalDate dueOn(String code, String kind) {
        return store.deadline(code, kind).orElseGet(() -> {
            LocalDate due = compute(code, kind);
            store.setDeadline(code, kind, due);
            return due;
        });
    }

    /** A default due date for a new recommendation. */
    LocalDate remediationDefault() {
        return count(deadlines.today(), limits.of("remediation"));
    }

    private LocalDate compute(String code, String kind) {
        InspectionLimits.Limit limit = limits.of(kind);
        LocalDate from = deadlines.today();
        if ("decision".equals(limit.from())) {
            LocalDate signed = store.get(code).decisionSignedOn();
            if (signed != null) {
                from = signed;
            }
        } else if ("check".equals(limit.from())) {
            LocalDate ended = store.get(code).checkEndedOn();
            if (ended != null) {
                from = ended;
            }
        }
        return count(from, limit);
    }

    private LocalDate count(LocalDate from, InspectionLimits.Limit limit) {
        return limit.inCalendarDays() ? from.plusDays(limit.days())
                : deadlines.calendar().addWorkingDays(from, limit.days());
    }

    static String code(VariableScope execution) {
        if (execution instanceof DelegateExecution delegate) {
            return delegate.getProcessBusinessKey();
        }
        if (execution instanceof org.camunda.bpm.engine.delegate.DelegateTask task) {
            return task.getExecution().getProcessBusinessKey();
        }
        throw new IllegalStateException("No inspection behind " + execution);
    }
}
