package vn.vetflow.tasks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.OrganisationUnits;

/**
 * Keeps {@code open_task} equal to the engine's open user tasks. Task events only mark a task as changed
 * in the running command; the row is written once when the command flushes, after every other listener
 * (the step tracker sets due dates in its own create listener), so the row holds the task's final state.
 */
@Component
class OpenTaskRecorder {

    private final OpenTaskStore store;
    private final List<TaskSubjects> subjects;
    private final OrganisationUnits units;
    private final ApplicationEventPublisher events;

    OpenTaskRecorder(OpenTaskStore store, List<TaskSubjects> subjects, OrganisationUnits units,
                     ApplicationEventPublisher events) {
        this.store = store;
        this.subjects = subjects;
        this.units = units;
        this.events = events;
    }

    /** The task listener the plugin attaches to every user task of every process. */
    void notify(DelegateTask task) {
        boolean ended = TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
                || TaskListener.EVENTNAME_DELETE.equals(task.getEventName());
        boolean created = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
        Context.getCommandContext().getSession(Changes.class).mark((TaskEntity) task, created, ended);
    }

    /** Writes one task's row as it stands at the end of the command. */
    void write(TaskEntity task, boolean created) {
        OpenTaskStore.Snapshot snapshot = snapshot(task);
        var before = created ? java.util.Optional.<OpenTaskStore.Row>empty() : store.row(task.getId());
        String kind;
        String title;
        if (before.isPresent()) {
            store.update(snapshot);
            kind = before.get().kind();
            title = before.get().title();
        } else {
            TaskSubject subject = subjectOf(snapshot);
            store.insert(snapshot, subject);
            kind = subject.kind();
            title = subject.title();
        }
        String previous = before.map(OpenTaskStore.Row::assignee).orElse(null);
        if (!java.util.Objects.equals(previous, snapshot.assignee())) {
            events.publishEvent(new TaskAssigneeChanged(snapshot.taskId(), kind, snapshot.businessKey(),
                    snapshot.stepName(), title, previous, snapshot.assignee(),
                    actor(Context.getCommandContext().getAuthenticatedUserId()),
                    org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()));
        }
    }

    /**
     * Who acts: the engine's user (Camunda's webapps set it), else the user logged in to our pages. Taken
     * here, on the acting thread, because listeners run later on another thread without a login.
     */
    private static String actor(String engineUser) {
        if (engineUser != null) {
            return engineUser;
        }
        var user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()
                || user instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return null;
        }
        return user.getName();
    }

    void delete(String taskId) {
        store.delete(taskId);
    }

    static OpenTaskStore.Snapshot snapshot(TaskEntity task) {
        List<String> groups = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        String processKey = task.getProcessDefinition() == null ? "" : task.getProcessDefinition().getKey();
        String businessKey = task.getExecution() == null ? task.getId() : task.getExecution().getProcessBusinessKey();
        return new OpenTaskStore.Snapshot(task.getId(), processKey, businessKey == null ? task.getId() : businessKey,
                task.getTaskDefinitionKey() == null ? "" : task.getTaskDefinitionKey(), task.getName(),
                task.getAssignee(), task.getPriority(), task.getCreateTime(), task.getDueDate(), groups);
    }

    TaskSubject subjectOf(OpenTaskStore.Snapshot task) {
        return subjects.stream().filter(s -> s.describes(task.processKey())).findFirst()
                .map(s -> s.describe(task.businessKey(), task.stepKey()))
                .orElseGet(() -> new TaskSubject("task", task.stepName(), null,
                        units.unitFor(task.processKey(), null, task.stepKey()),
                        task.created() == null ? Instant.now() : task.created().toInstant()));
    }

    /**
     * The tasks changed by one engine command, written when the command context flushes its sessions.
     * Engine sessions flush in the order they were opened, so ours runs after the engine's own.
     */
    static final class Changes implements Session {

        private final OpenTaskRecorder recorder;
        private final Map<String, Change> changes = new LinkedHashMap<>();

        Changes(OpenTaskRecorder recorder) {
            this.recorder = recorder;
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
                        recorder.delete(change.task().getId());
                    }
                } else {
                    recorder.write(change.task(), change.created());
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
