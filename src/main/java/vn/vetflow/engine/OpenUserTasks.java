package vn.vetflow.engine;

import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The engine's open user tasks read in one go, for rebuilding a read model of them. */
@Component
public class OpenUserTasks {

    private static final int BATCH = 500;

    private final TaskService tasks;
    private final ProcessEngineConfigurationImpl configuration;

    OpenUserTasks(TaskService tasks, @Lazy ProcessEngineConfigurationImpl configuration) {
        this.tasks = tasks;
        this.configuration = configuration;
    }

    public boolean any() {
        return tasks.createTaskQuery().count() > 0;
    }

    /**
     * In one transaction: runs {@code before}, then hands every open task to {@code each}, in batches.
     * Returns how many tasks were handed out.
     */
    public int replay(Runnable before, Consumer<OpenUserTask> each) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            before.run();
            int handed = 0;
            while (true) {
                List<Task> page = tasks.createTaskQuery().orderByTaskId().asc().listPage(handed, BATCH);
                page.forEach(task -> each.accept(OpenUserTaskPlugin.of(task)));
                handed += page.size();
                if (page.size() < BATCH) {
                    return handed;
                }
            }
        });
    }
}
