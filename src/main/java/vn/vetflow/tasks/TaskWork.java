package vn.vetflow.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.forms.FieldError;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.forms.FormSubmission;
import vn.vetflow.forms.FormValidator;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.identity.Roles;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;

/**
 * The one door for work on user tasks, whatever the process: open, claim, give back, assign, complete.
 * Completing is one transaction: find the task, ask the process's {@link StepHandler} whether the user may
 * work it (once), validate the step's form, let the handler check and record the step, complete the task
 * in the engine as that user. Races are told apart here, once: somebody else finished or took the task
 * ({@link TaskConflictException}), it never existed ({@link TaskGoneException}), the user may not work it
 * ({@link TaskForbiddenException}).
 */
@Service
public class TaskWork {

    private final UserTaskProcess engine;
    private final Map<String, StepHandler> handlers;
    private final FormRegistry forms;
    private final FormValidator validator;
    private final TransactionTemplate transaction;
    private final OrganisationUnits units;
    private final Absences absences;
    private final ProvinceClock clock;

    TaskWork(UserTaskProcess engine, List<StepHandler> handlers, FormRegistry forms, FormValidator validator,
             TransactionTemplate transaction, OrganisationUnits units, Absences absences, ProvinceClock clock) {
        this.engine = engine;
        this.handlers = handlers.stream().collect(Collectors.toMap(StepHandler::processKey, h -> h));
        this.forms = forms;
        this.validator = validator;
        this.transaction = transaction;
        this.units = units;
        this.absences = absences;
        this.clock = clock;
    }

    /** The task, when the user may work it (a task page opening). */
    public WorkTask workable(String taskId, String username, List<String> groups) {
        return transaction.execute(status -> checked(taskId, username, groups));
    }

    /** The ids of a case's open tasks the user may work (the others would answer 403). */
    public Set<String> workableIn(String businessKey, String username, List<String> groups) {
        return engine.ofCase(businessKey).stream()
                .filter(t -> access(t, username, groups) == StepHandler.Access.WORK)
                .map(WorkTask::id).collect(Collectors.toSet());
    }

    /** The open tasks of a process offered to the user by name or assigned to them (an institution's staff). */
    public List<WorkTask> offeredByName(String username, String processKey) {
        return engine.offeredByName(username, processKey);
    }

    /** The open tasks of a case, oldest first. */
    public List<WorkTask> ofCase(String businessKey) {
        return engine.ofCase(businessKey);
    }

    /** The form ids of some tasks, read in one query (a list page). */
    public Map<String, String> formKeys(Collection<String> taskIds) {
        return engine.formKeys(taskIds);
    }

    public void claim(String taskId, String username, List<String> groups) {
        inTransaction(taskId, () -> {
            WorkTask task = checked(taskId, username, groups);
            if (task.assignee() == null) {
                engine.claim(taskId, username, groups);
            }
            return task;
        }, null);
    }

    /** Gives a task back to its groups: its assignee may, and so may a leader or an administrator of its unit. */
    public void giveBack(String taskId, String username, List<String> groups) {
        inTransaction(taskId, () -> {
            WorkTask task = engine.find(taskId).orElseThrow(() -> new TaskGoneException(taskId));
            if (task.assignee() == null) {
                return task;
            }
            if (!username.equals(task.assignee()) && !(mayAssign(groups) && inUnit(task, groups))) {
                throw new TaskForbiddenException(taskId);
            }
            engine.setAssignee(taskId, null, username, groups);
            return task;
        }, null);
    }

    /**
     * A leader (or an administrator) assigns a task of their unit to an officer of the task's unit and of
     * one of its candidate groups; anyone else, or any other assignee, is refused. An officer away on
     * that day is replaced by the substitute they named, who must qualify in the same way.
     *
     * @return who received the task: the assignee, or their substitute
     */
    public String assign(String taskId, String assignee, String username, List<String> groups) {
        if (!mayAssign(groups)) {
            throw new TaskForbiddenException(taskId);
        }
        String[] receiver = new String[1];
        inTransaction(taskId, () -> {
            WorkTask task = engine.find(taskId).orElseThrow(() -> new TaskGoneException(taskId));
            if (!inUnit(task, groups) || assignee == null || !qualifies(task, assignee)) {
                throw new TaskForbiddenException(taskId);
            }
            receiver[0] = absences.substituteFor(assignee, clock.today())
                    .filter(substitute -> qualifies(task, substitute)).orElse(assignee);
            engine.setAssignee(taskId, receiver[0], username, groups);
            return task;
        }, null);
        return receiver[0];
    }

    /** Leaders and administrators assign tasks to others. */
    public static boolean mayAssign(List<String> groups) {
        return groups.contains(Roles.LEADER) || groups.contains(Roles.ADMIN);
    }

    public WorkTask complete(String taskId, String username, List<String> groups, Map<String, ?> values) {
        return complete(taskId, username, groups, task -> new Sent(values, null));
    }

    public WorkTask complete(String taskId, String username, List<String> groups, Map<String, ?> values,
                             Object input) {
        return complete(taskId, username, groups, task -> new Sent(values, input));
    }

    /**
     * What the user sent for a step: the form's values and, for steps that take more (files, a checklist),
     * {@code input}, which only the process's handler reads.
     */
    public record Sent(Map<String, ?> values, Object input) {
    }

    /**
     * Completes a task with what the user sent, read by {@code read} once the task is found and the user may
     * work it (a page reads its request with the step's form). One transaction from the check of who may
     * work the task to the engine's completion; of two users sending the same task one wins, the other gets
     * {@link TaskConflictException} and nothing happens twice.
     */
    public WorkTask complete(String taskId, String username, List<String> groups, Function<WorkTask, Sent> read) {
        Attempt attempt = new Attempt();
        return inTransaction(taskId, () -> {
            // One engine command from the check to the completion: completing finds the task and its links in the
            // command's cache instead of reading them again. A refusal leaves the command as a normal return and
            // is thrown after it, so the engine neither logs it as its own error nor has anything to flush.
            WorkTask completed = engine.together(username, groups, () -> {
                StepHandler.Completion completion;
                try {
                    completion = attempt.record(checked(taskId, username, groups), username, read);
                } catch (RuntimeException e) {
                    attempt.refusal = e;
                    return null;
                }
                engine.complete(taskId, completion.variables(), completion.local(), username, groups);
                return attempt.task;
            });
            if (attempt.refusal != null) {
                throw attempt.refusal;
            }
            return completed;
        }, failure -> attempt.handler == null ? null : attempt.handler.explain(attempt.task, failure));
    }

    /**
     * One completion as it goes: the task once found, its process's handler, and a refusal to throw once the
     * engine command has returned. The handler also explains a failure that comes later, at commit.
     */
    private final class Attempt {
        WorkTask task;
        StepHandler handler;
        RuntimeException refusal;

        /** Reads and checks what the user sent for the task; what the engine is then to complete it with. */
        StepHandler.Completion record(WorkTask found, String username, Function<WorkTask, Sent> read) {
            task = found;
            handler = handlers.get(found.processKey());
            Sent sent = read.apply(found);
            FormSubmission submission = validator.validate(forms.get(found.formKey()), sent.values());
            List<Violation> violations = new ArrayList<>();
            for (FieldError error : submission.errors()) {
                violations.add(new Violation(error.field(), error.messageKey(), error.args()));
            }
            handler.check(found, username, submission.values(), sent.input(), violations);
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations);
            }
            return handler.record(found, username, submission.values(), sent.input());
        }
    }

    /**
     * The task, if the user may work it. A task that ended (somebody was first, possibly between our reads)
     * is a conflict; one that never existed is gone; a task of a process without a handler is refused.
     */
    private WorkTask checked(String taskId, String username, List<String> groups) {
        WorkTask task = engine.find(taskId).orElseThrow(() -> missing(taskId));
        StepHandler.Access access = access(task, username, groups);
        if (access == StepHandler.Access.TAKEN) {
            throw new TaskConflictException(taskId);
        }
        if (access != StepHandler.Access.WORK) {
            // Another user's completion may have committed between our reads of the task (engine, read model):
            // that is a lost race (409), not a refusal (403).
            if (engine.find(taskId).isEmpty() || engine.hasEnded(taskId)) {
                throw new TaskConflictException(taskId);
            }
            throw new TaskForbiddenException(taskId);
        }
        return task;
    }

    private StepHandler.Access access(WorkTask task, String username, List<String> groups) {
        StepHandler handler = handlers.get(task.processKey());
        return handler == null ? StepHandler.Access.FORBIDDEN : handler.access(task, username, groups);
    }

    private RuntimeException missing(String taskId) {
        return engine.hasEnded(taskId) ? new TaskConflictException(taskId) : new TaskGoneException(taskId);
    }

    /**
     * Runs one user action in one transaction and maps its failures once: our own answers pass through,
     * a failure the process explains becomes that, a lost race (optimistic locking, a lock or serialisation
     * failure, the task gone meanwhile) becomes {@link TaskConflictException}.
     */
    private WorkTask inTransaction(String taskId, Supplier<WorkTask> action,
                                   Function<RuntimeException, RuntimeException> explain) {
        try {
            return transaction.execute(status -> action.get());
        } catch (InvalidRequestException | TaskConflictException | TaskGoneException | TaskForbiddenException e) {
            throw e;
        } catch (RuntimeException e) {
            RuntimeException explained = explain == null ? null : explain.apply(e);
            if (explained != null) {
                throw explained;
            }
            if (e instanceof ConcurrencyFailureException || UserTaskProcess.lostARace(e)
                    || engine.find(taskId).isEmpty()) {
                throw new TaskConflictException(taskId);
            }
            throw e;
        }
    }

    /**
     * Whether the task belongs to one of the user's units (processes/units.yaml); administrators act in
     * every unit. A task missing from the read model is refused rather than guessed.
     */
    public boolean inUnit(WorkTask task, List<String> groups) {
        return groups.contains(Roles.ADMIN) || task.unit() != null && units.among(groups).contains(task.unit());
    }

    /** Whether the officer may be given the task: a member of its unit and of one of its candidate groups. */
    private boolean qualifies(WorkTask task, String officer) {
        List<String> officerGroups = engine.groupsOf(officer);
        return officerGroups.stream().anyMatch(task.candidateGroups()::contains)
                && (task.unit() == null || officerGroups.contains(task.unit()));
    }
}
