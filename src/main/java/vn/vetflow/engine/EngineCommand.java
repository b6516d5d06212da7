package vn.vetflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Runs several engine calls as one engine command. The calls then share the command's entity cache: a task,
 * execution or process definition one call read is not read again by the next (each call of its own would
 * open a command and read them anew).
 */
@Component
public class EngineCommand {

    private final ProcessEngineConfigurationImpl configuration;

    EngineCommand(@Lazy ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    public <T> T together(Supplier<T> calls) {
        return configuration.getCommandExecutorTxRequired().execute(context -> calls.get());
    }

    /**
     * The open task by id with its form key, or null; inside a command, from the command's cache or one select by
     * primary key. The task query would build its dynamic SQL with OGNL on every call: half of this look-up's
     * processor time on the task door's path (issue 15). Where the engine checks authorizations for an
     * authenticated user, the query is used, so that check still applies.
     */
    public Task task(String taskId) {
        CommandContext context = Context.getCommandContext();
        if (context == null || context.isAuthorizationCheckEnabled()
                && context.getAuthentication() != null) {
            return configuration.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys()
                    .singleResult();
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task != null) {
            task.initializeFormKey();
        }
        return task;
    }
}
