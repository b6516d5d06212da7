package vn.vetflow.tasks;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.vetflow.engine.EngineActor;
import vn.vetflow.engine.EngineCommand;

/**
 * The engine behind the task door: the only class of {@code tasks} that reads or moves user tasks in
 * Camunda. It hands out {@link WorkTask}s and turns the engine's race failures into our exceptions.
 */
@Component
class UserTaskProcess {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;
    private final EngineActor actor;
    private final EngineCommand command;
    private final OpenTasks openTasks;

    UserTaskProcess(TaskService tasks, RuntimeService runtime, HistoryService history, IdentityService identity,
                    EngineActor actor, EngineCommand command, OpenTasks openTasks) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
        this.actor = actor;
        this.command = command;
        this.openTasks = openTasks;
    }

    /**
     * The open task with its candidates, its case and its unit: three indexed reads. One engine command, so
     * the identity links' call finds the task and its process definition the query already read.
     */
    Optional<WorkTask> find(String taskId) {
        return command.together(() -> {
            Task task = command.task(taskId);
            return Optional.ofNullable(task).map(t -> work(t, tasks.getIdentityLinksForTask(t.getId())));
        });
    }

    /** The open tasks of a case, oldest first. */
    List<WorkTask> ofCase(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).orderByTaskCreateTime().asc()
                .initializeFormKeys().list().stream()
                .map(t -> work(t, tasks.getIdentityLinksForTask(t.getId()))).toList();
    }

    /** The open tasks of a process offered or assigned to a user by name (an institution's staff). */
    List<WorkTask> offeredByName(String username, String processKey) {
        return tasks.createTaskQuery().processDefinitionKey(processKey).taskCandidateUser(username)
                .includeAssignedTasks().orderByTaskCreateTime().asc().initializeFormKeys().list().stream()
                .map(t -> work(t, tasks.getIdentityLinksForTask(t.getId()))).toList();
    }

    /** The form ids of some tasks, in one query. */
    Map<String, String> formKeys(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return tasks.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).initializeFormKeys().list().stream()
                .filter(t -> t.getCamundaFormRef() != null)
                .collect(Collectors.toMap(Task::getId, t -> t.getCamundaFormRef().getKey()));
    }

    /** Whether the task existed and has ended (completed by somebody, or cancelled with its process). */
    boolean hasEnded(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
    }

    /**
     * Runs the calls as one engine command acting as the user (see {@link EngineActor}): the engine calls inside
     * share the command's entity cache, and its flush (the task read model among others) sees the user.
     */
    <T> T together(String username, List<String> groups, Supplier<T> calls) {
        return actor.as(username, groups, calls);
    }

    /** Claims the task for the user; somebody else's claim a moment earlier is a conflict. */
    void claim(String taskId, String username, List<String> groups) {
        try {
            actor.as(username, groups, () -> tasks.claim(taskId, username));
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskConflictException(taskId);
        }
    }

    /** Gives the task to a user, or back to its candidates (null): a decision of the acting user. */
    void setAssignee(String taskId, String assignee, String username, List<String> groups) {
        actor.as(username, groups, () -> tasks.setAssignee(taskId, assignee));
    }

    /** Completes the task as the user; the engine's optimistic locking lets exactly one of two clicks win. */
    void complete(String taskId, Map<String, Object> variables, boolean local, String username, List<String> groups) {
        actor.as(username, groups, () -> {
            if (local) {
                String execution = command.task(taskId).getExecutionId();
                runtime.setVariables(execution, variables);
                tasks.complete(taskId);
            } else {
                tasks.complete(taskId, variables);
            }
        });
    }

    /** The groups the user belongs to. */
    List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    /**
     * Whether a failure means another user's transaction won: the engine's optimistic locking, a lock wait
     * given up, or a serialisation failure (SQL state class 40), possibly wrapped.
     */
    static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof TaskAlreadyClaimedException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private WorkTask work(Task task, List<IdentityLink> links) {
        List<IdentityLink> candidates = links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .toList();
        Optional<OpenTask> row = openTasks.find(task.getId());
        // Without its read-model row the task was completed a moment ago (or the row is being written): read the
        // instance, which may have ended too; the door then finds the task gone.
        String businessKey = row.map(OpenTask::businessKey).orElseGet(() -> instance(task)
                .map(ProcessInstance::getBusinessKey).orElse(null));
        String processKey = row.map(OpenTask::processKey).orElse(null);
        return new WorkTask(task.getId(), processKey == null ? processKeyOf(task) : processKey, businessKey,
                task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey(),
                row.map(OpenTask::unit).orElse(null),
                ids(candidates, IdentityLink::getGroupId), ids(candidates, IdentityLink::getUserId));
    }

    private String processKeyOf(Task task) {
        return instance(task).map(ProcessInstance::getProcessDefinitionKey).orElse(null);
    }

    private Optional<ProcessInstance> instance(Task task) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult());
    }

    private static List<String> ids(List<IdentityLink> links, Function<IdentityLink, String> id) {
        return links.stream().map(id).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
