package vn.vetflow.publicservice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.vetflow.dossier.Actor;
import vn.vetflow.engine.EngineActor;

/**
 * Who acts while the engine runs a step: the engine's authenticated user, which vetflow's services set
 * ({@link EngineActor}) and Camunda's Tasklist sets itself. Without one (timers, jobs) it is the system.
 */
public final class StepActor {

    private StepActor() {
    }

    public static Actor of(DelegateExecution execution, String step) {
        String user = EngineActor.currentUser(execution.getProcessEngineServices());
        return new Actor(user == null ? Actor.SYSTEM : user, step);
    }

    /** A task completed without a known user (a test, a job) is credited to its assignee. */
    public static Actor of(DelegateTask task, String step) {
        String user = EngineActor.currentUser(task.getProcessEngineServices());
        if (user == null) {
            user = task.getAssignee() == null ? Actor.SYSTEM : task.getAssignee();
        }
        return new Actor(user, step);
    }
}
