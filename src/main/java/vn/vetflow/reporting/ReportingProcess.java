package vn.vetflow.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The engine behind periodic reporting (processes/reporting/periodic-report.bpmn): starts a round's process
 * with its dates and finds a report's open step. One instance per round, business key = round code; each
 * institution's branch holds the variable {@code institution}.
 */
@Component
class ReportingProcess {

    static final String KEY = "periodic-report";
    static final String FILL = "Task_FillReport";
    static final String REVIEW = "Task_Review";

    private final RuntimeService runtime;
    private final TaskService tasks;

    ReportingProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * Starts the round: reports are due at the end of the due day (the overdue timer), the reminder goes out in
     * the morning of its day, the round closes at the end of its close day.
     */
    String start(String roundCode, LocalDate dueOn, LocalDate reminderOn, LocalDate closeOn, ZoneId zone) {
        return runtime.startProcessInstanceByKey(KEY, roundCode, Variables.createVariables()
                .putValue("dueAt", endOf(dueOn, zone))
                .putValue("reminderAt", Date.from(reminderOn.atTime(8, 0).atZone(zone).toInstant()))
                .putValue("closeAt", endOf(closeOn, zone))).getId();
    }

    /** The open task of a step of an institution's report in a round. */
    Optional<String> openTask(String roundCode, String institutionCode, String step) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(roundCode).taskDefinitionKey(step).list();
        return open.stream().filter(t -> institutionCode.equals(institutionOf(t.getId()))).map(Task::getId).findFirst();
    }

    /** The round code and institution of an open task of this process, if it is one. */
    Optional<String[]> caseOf(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(KEY).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        String round = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        return Optional.of(new String[] {round, institutionOf(taskId)});
    }

    /** The institution whose report a task of the process belongs to. */
    String institutionOf(String taskId) {
        return (String) tasks.getVariable(taskId, "institution");
    }

    private static Date endOf(LocalDate day, ZoneId zone) {
        return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1));
    }
}
