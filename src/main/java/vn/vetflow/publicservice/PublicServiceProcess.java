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
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.engine.EngineActor;

/**
 * The only door to the engine for the public service: controllers and other modules never call
 * RuntimeService or TaskService themselves. Keeping the engine behind this class keeps a later move from
 * Camunda 7 to its community fork (same API, other package) a small change.
 */
@Service
public class PublicServiceProcess {

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final TaskService tasks;

    private final EngineActor actor;

    PublicServiceProcess(RuntimeService runtime, IdentityService identity, TaskService tasks, EngineActor actor) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.actor = actor;
    }

    /** Starts the process for a new dossier; business key = dossier code. Variables: routing only. */
    public String start(Dossier dossier, ProcedureVersion version) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("procedureId", version.procedureId());
        variables.put("procedureVersion", version.version());
        variables.put("feeRequired", version.feeRequired());
        variables.put("chairmanDecisionRequired", version.chairmanDecisionRequired());
        variables.put("fieldCheckRequired", false);
        ProcessInstance instance = actor.as(dossier.getApplicantUsername(), List.of(), () -> runtime
                .startProcessInstanceByKey(PublicServiceProperties.PROCESS_KEY, dossier.getCode(), variables));
        return instance.getId();
    }

    public void supplementProvided(String dossierCode, String username, String note) {
        actor.as(username, List.of(), () -> runtime.createMessageCorrelation("SupplementProvided")
                .processInstanceBusinessKey(dossierCode)
                .setVariable("supplementNote", note)
                .correlate());
    }

    public void paymentConfirmed(String dossierCode, String username) {
        actor.as(username, List.of(), () -> runtime.createMessageCorrelation("PaymentConfirmed")
                .processInstanceBusinessKey(dossierCode)
                .correlate());
    }

    public void withdraw(String dossierCode, String username, String reason) {
        actor.as(username, List.of(), () -> runtime.createMessageCorrelation("WithdrawalRequested")
                .processInstanceBusinessKey(dossierCode)
                .setVariable("withdrawalReason", reason)
                .correlate());
    }

    /** Whether the dossier's process is waiting for this message right now. */
    public boolean isWaitingFor(String dossierCode, String messageName) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(dossierCode)
                .messageEventSubscriptionName(messageName).count() > 0;
    }

    /** The engine's open tasks of a dossier (process tests look at the engine itself; pages use tasks.TaskWork). */
    public List<Task> openTasksOf(String dossierCode) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossierCode).initializeFormKeys().list();
    }

    /** The engine's task, for the same tests. */
    public Optional<Task> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
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
}
