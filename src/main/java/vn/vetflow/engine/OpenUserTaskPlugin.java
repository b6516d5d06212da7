package vn.vetflow.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Keeps a {@link UserTaskLedger} equal to the engine's open user tasks. Task events only mark a task as
 * changed in the running command; the ledger hears of it once, when the command flushes its sessions, after
 * every other listener (a process's own create listener sets due dates), so it sees the task's final state.
 */
public class OpenUserTaskPlugin extends AbstractProcessEnginePlugin {

    private static final String[] EVENTS = {TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE};

    private final UserTaskLedger ledger;

    /** The ledger is usually a lazy proxy: it depends on beans that need the engine this plugin helps build. */
    public OpenUserTaskPlugin(UserTaskLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return Changes.class;
            }

            @Override
            public Session openSession() {
                return new Changes(ledger);
            }
        });
        var listeners = UserTaskListenersPlugin.forEveryProcess();
        for (String event : EVENTS) {
            listeners.on(event, OpenUserTaskPlugin::mark);
        }
        listeners.preInit(configuration);
    }

    private static void mark(DelegateTask task) {
        boolean ended = TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
                || TaskListener.EVENTNAME_DELETE.equals(task.getEventName());
        boolean created = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
        Context.getCommandContext().getSession(Changes.class).mark((TaskEntity) task, created, ended);
    }

    /** The task in vetflow's terms: its process, business key, step and candidate groups. */
    static OpenUserTask of(Task engineTask) {
        TaskEntity task = (TaskEntity) engineTask;
        List<String> groups = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        String processKey = task.getProcessDefinition() == null ? "" : task.getProcessDefinition().getKey();
        String businessKey = task.getExecution() == null ? task.getId() : task.getExecution().getProcessBusinessKey();
        return new OpenUserTask(task.getId(), processKey, businessKey == null ? task.getId() : businessKey,
                task.getTaskDefinitionKey() == null ? "" : task.getTaskDefinitionKey(), task.getName(),
                task.getAssignee(), task.getPriority(), task.getCreateTime(), task.getDueDate(), groups);
    }

    /** The tasks changed by one engine command. Engine sessions flush in the order they were opened, ours last. */
    static final class Changes implements Session {

        private final UserTaskLedger ledger;
        private final Map<String, Change> changes = new LinkedHashMap<>();

        Changes(UserTaskLedger ledger) {
            this.ledger = ledger;
        }

        void mark(TaskEntity task, boolean created, boolean ended) {
            Change before = changes.get(task.getId());
            changes.put(task.getId(), new Change(task, created || (before != null && before.created()), ended));
        }

        @Override
        public void flush() {
            for (Change change : changes.values()) {
                if (change.ended()) {
                    if (!change.created()) {
                        ledger.ended(change.task().getId());
                    }
                } else {
                    ledger.written(of(change.task()), change.created(),
                            Context.getCommandContext().getAuthenticatedUserId(),
                            ClockUtil.getCurrentTime().toInstant());
                }
            }
            changes.clear();
        }

        @Override
        public void close() {
        }

        private record Change(TaskEntity task, boolean created, boolean ended) {
        }
    }
}
