package vn.vetflow.inspection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.vetflow.publicservice.ActorContext;

/** The engine behind the inspection pages: our services call it, controllers never do. */
@Component
class InspectionProcess {

    static final String KEY = "specialized-inspection";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    InspectionProcess(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    String start(String code, String username) {
        return ActorContext.as(username, () -> runtime.startProcessInstanceByKey(KEY, code).getId());
    }

    Optional<Task> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).processDefinitionKey(KEY)
                .initializeFormKeys().singleResult());
    }

    /** Whether the task was there and is over: completed by somebody, possibly a moment ago. */
    boolean hasEnded(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).processDefinitionKey(KEY).finished().count() > 0;
    }

    List<Task> tasksOf(String code) {
        return tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(code)
                .orderByTaskCreateTime().asc().initializeFormKeys().list();
    }

    /** The open tasks offered or assigned to a user by name (the institution's staff). */
    List<Task> tasksOfUser(String username) {
        return tasks.createTaskQuery().processDefinitionKey(KEY).taskCandidateUser(username)
                .includeAssignedTasks().orderByTaskCreateTime().asc().initializeFormKeys().list();
    }

    List<IdentityLink> candidates(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
    }

    String businessKey(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    void claim(String taskId, String username) {
        tasks.claim(taskId, username);
    }

    /**
     * Completes the task. Routing variables of a step inside a multi-instance branch are set on that
     * branch only, so parallel branches never read each other's decision: each branch declares them when it
     * starts (the subprocess's start listener), and setting from the task's execution lands on the nearest
     * scope that holds them, which outlives the task's own scope (a task with a boundary timer has one).
     */
    void complete(Task task, String username, Map<String, Object> variables, boolean local) {
        ActorContext.as(username, () -> {
            if (local) {
                runtime.setVariables(task.getExecutionId(), variables);
                tasks.complete(task.getId());
            } else {
                tasks.complete(task.getId(), variables);
            }
        });
    }

    boolean ended(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
    }

    Object variable(Task task, String name) {
        return runtime.getVariable(task.getExecutionId(), name);
    }
}
