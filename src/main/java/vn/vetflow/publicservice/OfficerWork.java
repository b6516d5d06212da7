package vn.vetflow.publicservice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.task.Task;
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
import vn.vetflow.tasks.Absences;
import vn.vetflow.tasks.OpenTask;
import vn.vetflow.tasks.OpenTasks;
import vn.vetflow.tasks.TaskConflictException;
import vn.vetflow.tasks.TaskForbiddenException;
import vn.vetflow.tasks.TaskGoneException;

/**
 * An officer's work on the public-service tasks: list, claim, and decide with the step's form, validated
 * on the server against the same schema Camunda Tasklist shows.
 */
@Service
public class OfficerWork {

    private final PublicServiceProcess process;
    private final FormRegistry forms;
    private final FormValidator validator;
    private final TransactionTemplate transaction;
    private final OpenTasks openTasks;
    private final OrganisationUnits units;
    private final Absences absences;
    private final ProvinceClock clock;

    OfficerWork(PublicServiceProcess process, FormRegistry forms, FormValidator validator,
                TransactionTemplate transaction, OpenTasks openTasks, OrganisationUnits units, Absences absences,
                ProvinceClock clock) {
        this.process = process;
        this.forms = forms;
        this.validator = validator;
        this.transaction = transaction;
        this.openTasks = openTasks;
        this.units = units;
        this.absences = absences;
        this.clock = clock;
    }

    public PublicServiceProcess.TaskPage openTasks(String username, List<String> groups, int firstResult,
                                                   int maxResults) {
        return process.openTasks(username, groups, firstResult, maxResults);
    }

    /**
     * The task, when the user may work on it. A task that somebody else has just completed (it existed and
     * has ended, possibly between our two reads) is a conflict, not "not found" or "forbidden": the loser
     * of a race is told that somebody was first.
     */
    public Task workable(String taskId, String username, List<String> groups) {
        Task task = process.task(taskId).orElseThrow(() -> gone(taskId));
        boolean allowed;
        try {
            allowed = inUnit(taskId, groups) && process.mayWork(task, username, groups);
        } catch (ProcessEngineException e) {
            // The engine no longer finds the task it just gave us: it ended in between.
            if (process.task(taskId).isEmpty()) {
                throw gone(taskId);
            }
            throw e;
        }
        if (!allowed) {
            if (process.task(taskId).isEmpty()) {
                throw gone(taskId);
            }
            throw new TaskForbiddenException(taskId);
        }
        return task;
    }

    private RuntimeException gone(String taskId) {
        return process.hasEnded(taskId) ? new TaskConflictException(taskId) : new TaskGoneException(taskId);
    }

    /**
     * Whether the task belongs to one of the user's units (processes/units.yaml); administrators act in
     * every unit. A task missing from the read model is refused rather than guessed.
     */
    public boolean inUnit(String taskId, List<String> groups) {
        if (groups.contains(Roles.ADMIN)) {
            return true;
        }
        return openTasks.find(taskId).map(OpenTask::unit).filter(units.among(groups)::contains).isPresent();
    }

    public void claim(String taskId, String username, List<String> groups) {
        workable(taskId, username, groups);
        try {
            process.claim(taskId, username);
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskConflictException(taskId);
        }
    }

    /** Gives a task back to its groups: its assignee may, and so may a leader or an administrator. */
    public void unclaim(String taskId, String username, List<String> groups) {
        Task task = process.task(taskId).orElseThrow(() -> new TaskGoneException(taskId));
        if (task.getAssignee() == null) {
            return;
        }
        if (!username.equals(task.getAssignee()) && !(mayAssign(groups) && inUnit(taskId, groups))) {
            throw new TaskForbiddenException(taskId);
        }
        process.unclaim(taskId);
    }

    /**
     * A leader (or an administrator) assigns a task of their unit to an officer of the task's unit and of
     * one of its candidate groups; anyone else, or any other assignee, is refused. An officer away on
     * that day is replaced by the substitute they named, who must qualify in the same way.
     *
     * @return who received the task: the assignee, or their substitute
     */
    public String assign(String taskId, String assignee, String username, List<String> groups) {
        if (!mayAssign(groups) || !inUnit(taskId, groups)) {
            throw new TaskForbiddenException(taskId);
        }
        process.task(taskId).orElseThrow(() -> new TaskGoneException(taskId));
        if (assignee == null || !qualifies(taskId, assignee)) {
            throw new TaskForbiddenException(taskId);
        }
        String receiver = absences.substituteFor(assignee, clock.today())
                .filter(substitute -> qualifies(taskId, substitute)).orElse(assignee);
        process.assign(taskId, receiver);
        return receiver;
    }

    /** Whether the officer may be given the task: a member of its unit and of one of its candidate groups. */
    private boolean qualifies(String taskId, String officer) {
        List<String> candidates = process.candidateGroups(taskId);
        List<String> officerGroups = process.groupsOf(officer);
        String unit = openTasks.find(taskId).map(OpenTask::unit).orElse(null);
        return officerGroups.stream().anyMatch(candidates::contains)
                && (unit == null || officerGroups.contains(unit));
    }

    /**
     * Whether an officer may open a dossier's case file (attachments, documents, comments): one of their
     * units processes its procedure or serves its steps; administrators may open any.
     */
    public boolean mayOpenCase(String procedureId, List<String> groups) {
        if (groups.contains(Roles.ADMIN)) {
            return true;
        }
        var serving = units.unitsServing(PublicServiceProperties.PROCESS_KEY, procedureId);
        return units.among(groups).stream().anyMatch(serving::contains);
    }

    /** Leaders and administrators assign tasks to others. */
    public static boolean mayAssign(List<String> groups) {
        return groups.contains(Roles.LEADER) || groups.contains(Roles.ADMIN);
    }

    /**
     * Completes a task with the decision the officer submitted. Of two officers clicking at once exactly
     * one wins; the other gets {@link TaskConflictException} and nothing happens twice.
     */
    public void complete(String taskId, String username, List<String> groups, Map<String, ?> input) {
        Task task = workable(taskId, username, groups);
        FormSubmission submission = validator.validate(forms.get(task.getCamundaFormRef().getKey()), input);
        List<Violation> violations = new ArrayList<>();
        for (FieldError error : submission.errors()) {
            violations.add(new Violation(error.field(), error.messageKey(), error.args()));
        }
        String key = task.getTaskDefinitionKey();
        ProcessSteps.decisionField(key).map(submission.values()::get)
                .flatMap(decision -> ProcessSteps.requiredNote(key, decision))
                .filter(note -> submission.values().get(note) == null)
                .ifPresent(note -> violations.add(Violation.of(note, "forms.error.required")));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        try {
            transaction.executeWithoutResult(status -> process.complete(taskId, username, submission.values()));
        } catch (OptimisticLockingException | ConcurrencyFailureException e) {
            // The other officer's transaction committed first, or holds the rows (engine, dossier, H2 locks).
            throw new TaskConflictException(taskId);
        } catch (SupplementRoundsExhaustedException e) {
            throw new InvalidRequestException(Violation.of(ProcessSteps.decisionField(task.getTaskDefinitionKey())
                    .orElse("decision"), "dossier.error.supplementRoundsExhausted"));
        } catch (ProcessEngineException e) {
            if (process.task(taskId).isEmpty() || lostARace(e)) {
                throw new TaskConflictException(taskId);
            }
            throw e;
        }
    }

    /** A lock wait given up or a serialisation failure (SQL state class 40) under the engine's exception. */
    private static boolean lostARace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof java.sql.SQLTransientException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }



}
