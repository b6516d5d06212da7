package vn.vetflow.publicservice;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.vetflow.dossier.Actor;

/**
 * Who is acting while the engine runs a step. Our services name the user for the duration of an engine
 * call; when Camunda's own Tasklist completes a task the engine knows the user itself. Anything else
 * (timers, jobs) is the system.
 */
public final class ActorContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ActorContext() {
    }

    public static <T> T as(String username, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(username);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    public static Actor of(DelegateExecution execution, String step) {
        return new Actor(username(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication()),
                step);
    }

    public static Actor of(DelegateTask task, String step) {
        String user = username(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
        if (Actor.SYSTEM.equals(user) && task.getAssignee() != null) {
            user = task.getAssignee();
        }
        return new Actor(user, step);
    }

    private static String username(Authentication engineAuthentication) {
        String ours = CURRENT.get();
        if (ours != null) {
            return ours;
        }
        if (engineAuthentication != null && engineAuthentication.getUserId() != null) {
            return engineAuthentication.getUserId();
        }
        return Actor.SYSTEM;
    }
}
