package vn.vetflow.publicservice;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Dossier;

/**
 * The only door to the engine for the public service: controllers and other modules never call
 * RuntimeService or TaskService themselves. Keeping the engine behind this class keeps a later move from
 * Camunda 7 to its community fork (same API, other package) a small change.
 */
@Service
public class PublicServiceProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final org.camunda.bpm.engine.HistoryService history;

    PublicServiceProcess(RuntimeService runtime, TaskService tasks, IdentityService identity,
                         org.camunda.bpm.engine.HistoryService history) {
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Starts the process for a new dossier; business key = dossier code. Variables: routing only. */
    public String start(Dossier dossier, ProcedureVersion version) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("procedureId", version.procedureId());
        variables.put("procedureVersion", version.version());
        variables.put("feeRequired", version.feeRequired());
        variables.put("chairmanDecisionRequired", version.chairmanDecisionRequired());
        variables.put("fieldCheckRequired", false);
        ProcessInstance instance = ActorContext.as(dossier.getApplicantUsername(), () -> runtime
                .startProcessInstanceByKey(PublicServiceProperties.PROCESS_KEY, dossier.getCode(), variables));
        return instance.getId();
    }

    public void supplementProvided(String dossierCode, String username, String note) {
        ActorContext.as(username, () -> runtime.createMessageCorrelation("SupplementProvided")
                .processInstanceBusinessKey(dossierCode)
                .setVariable("supplementNote", note)
                .correlate());
    }

    public void paymentConfirmed(String dossierCode, String username) {
        ActorContext.as(username, () -> runtime.createMessageCorrelation("PaymentConfirmed")
                .processInstanceBusinessKey(dossierCode)
                .correlate());
    }

    public void withdraw(String dossierCode, String username, String reason) {
        ActorContext.as(username, () -> runtime.createMessageCorrelation("WithdrawalRequested")
                .processInstanceBusinessKey(dossierCode)
                .setVariable("withdrawalReason", reason)
                .correlate());
    }

    /** Whether the dossier's process is waiting for this message right now. */
    public boolean isWaitingFor(String dossierCode, String messageName) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(dossierCode)
                .messageEventSubscriptionName(messageName).count() > 0;
    }

    /** One page of the open tasks an officer may work (assigned to them or offered to one of their groups), and how many there are in all. */
    public TaskPage openTasks(String username, List<String> groups, int firstResult, int maxResults) {
        var query = openTasksQuery(username, groups);
        return new TaskPage(query.listPage(firstResult, maxResults), query.count());
    }

    public record TaskPage(List<Task> tasks, long total) {
    }

    private org.camunda.bpm.engine.task.TaskQuery openTasksQuery(String username, List<String> groups) {
        var query = tasks.createTaskQuery().processDefinitionKey(PublicServiceProperties.PROCESS_KEY)
                .or().taskAssignee(username);
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(groups);
        }
        // The task id breaks ties, so pages never repeat or skip a task with the same due date.
        return query.endOr().initializeFormKeys().orderByDueDate().asc().orderByTaskId().asc();
    }

    public List<Task> openTasksOf(String dossierCode) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossierCode).initializeFormKeys().list();
    }

    /** Whether the task existed and has ended (completed by somebody, or cancelled with its process). */
    public boolean hasEnded(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
    }

    public Optional<Task> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
    }

    /** Whether the user may work the task: its assignee, or a candidate through one of their groups. */
    public boolean mayWork(Task task, String username, List<String> groups) {
        if (username.equals(task.getAssignee())) {
            return true;
        }
        if (task.getAssignee() != null) {
            return false;
        }
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
    }

    public void claim(String taskId, String username) {
        tasks.claim(taskId, username);
    }

    /** Gives the task back to its candidate groups. */
    public void unclaim(String taskId) {
        tasks.setAssignee(taskId, null);
    }

    /** Assigns the task to the user (a leader's decision; callers check who may do it). */
    public void assign(String taskId, String userId) {
        tasks.setAssignee(taskId, userId);
    }

    /** The groups the task is offered to. */
    public List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).distinct().toList();
    }

    /** The groups the user belongs to. */
    public List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    /** The users of the groups, as id → display name, by id. */
    public Map<String, String> usersOf(Collection<String> groupIds) {
        Map<String, String> users = new java.util.TreeMap<>();
        for (String group : new LinkedHashSet<>(groupIds)) {
            for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
                String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName())).strip();
                users.put(user.getId(), name.isEmpty() ? user.getId() : name);
            }
        }
        return users;
    }

    /** Completes the task as the user; the engine's optimistic locking lets exactly one of two clicks win. */
    public void complete(String taskId, String username, Map<String, Object> variables) {
        ActorContext.as(username, () -> tasks.complete(taskId, variables));
    }

    public String businessKey(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }
}
