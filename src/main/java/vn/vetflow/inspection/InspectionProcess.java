package vn.vetflow.inspection;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.vetflow.engine.EngineActor;

/**
 * The engine behind the inspections: our services call it, controllers never do. Tasks are worked
 * through the task door (tasks.TaskWork); this class starts the process and reads a step's branch.
 */
@Component
class InspectionProcess {

    static final String KEY = "specialized-inspection";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineActor actor;

    InspectionProcess(RuntimeService runtime, TaskService tasks, EngineActor actor) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.actor = actor;
    }

    String start(String code, String username) {
        return actor.as(username, List.of(), () -> runtime.startProcessInstanceByKey(KEY, code).getId());
    }

    Optional<Task> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).processDefinitionKey(KEY).singleResult());
    }

    boolean ended(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
    }

    Object variable(Task task, String name) {
        return runtime.getVariable(task.getExecutionId(), name);
    }
}
