package vn.vetflow.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Tells the engine who acts: the user and their groups are the engine's authentication for the duration
 * of one call, so Camunda's user operation log and every delegate see the officer or applicant, as they do
 * when Camunda's own Tasklist completes a task. vetflow has already decided who may act (one permission
 * check), so the engine's own authorization checks are off inside the call; they stay on for the webapps.
 */
@Component
public class EngineActor {

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl configuration;

    EngineActor(IdentityService identity, @Lazy ProcessEngineConfigurationImpl configuration) {
        this.identity = identity;
        this.configuration = configuration;
    }

    public <T> T as(String username, List<String> groups, Supplier<T> work) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthentication(username, groups);
        try {
            return configuration.getCommandExecutorTxRequired().execute(context -> {
                boolean checking = context.isAuthorizationCheckEnabled();
                context.disableAuthorizationCheck();
                try {
                    return work.get();
                } finally {
                    if (checking) {
                        context.enableAuthorizationCheck();
                    }
                }
            });
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(previous);
            }
        }
    }

    public void as(String username, List<String> groups, Runnable work) {
        as(username, groups, () -> {
            work.run();
            return null;
        });
    }

    /** The user the engine is acting for right now (set here or by Camunda's webapps), or null. */
    public static String currentUser(ProcessEngineServices engine) {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
