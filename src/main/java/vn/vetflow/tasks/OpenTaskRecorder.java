package vn.vetflow.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.vetflow.engine.OpenUserTask;
import vn.vetflow.engine.UserTaskLedger;
import vn.vetflow.identity.OrganisationUnits;

/**
 * Keeps {@code open_task} equal to the engine's open user tasks: the engine's {@link UserTaskLedger} port,
 * told once per changed task when an engine command flushes, after every other listener (the step tracker
 * sets due dates in its own create listener), so the row holds the task's final state.
 */
@Component
class OpenTaskRecorder implements UserTaskLedger {

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

    /** Writes one task's row as it stands at the end of the command. */
    @Override
    public void written(OpenUserTask task, boolean created, String engineUser, Instant at) {
        Optional<OpenTaskStore.Row> before = created ? Optional.empty() : store.row(task.taskId());
        String kind;
        String title;
        if (before.isPresent()) {
            store.update(task);
            kind = before.get().kind();
            title = before.get().title();
        } else {
            TaskSubject subject = subjectOf(task);
            store.insert(task, subject);
            kind = subject.kind();
            title = subject.title();
        }
        String previous = before.map(OpenTaskStore.Row::assignee).orElse(null);
        if (!Objects.equals(previous, task.assignee())) {
            events.publishEvent(new TaskAssigneeChanged(task.taskId(), kind, task.businessKey(),
                    task.stepName(), title, previous, task.assignee(), actor(engineUser), at));
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

    @Override
    public void ended(String taskId) {
        store.delete(taskId);
    }

    TaskSubject subjectOf(OpenUserTask task) {
        return subjects.stream().filter(s -> s.describes(task.processKey())).findFirst()
                .map(s -> s.describe(task.businessKey(), task.stepKey()))
                .orElseGet(() -> new TaskSubject("task", task.stepName(), null,
                        units.unitFor(task.processKey(), null, task.stepKey()),
                        task.created() == null ? Instant.now() : task.created().toInstant()));
    }
}
