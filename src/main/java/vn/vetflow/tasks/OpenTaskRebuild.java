package vn.vetflow.tasks;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds {@code open_task} from the engine's open tasks: at startup when the table is empty but the
 * engine has tasks (a database from before the read model), and on demand.
 */
@Component
@Order(2)
public class OpenTaskRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OpenTaskRebuild.class);
    private static final int BATCH = 500;

    private final ProcessEngineConfigurationImpl engine;
    private final OpenTaskStore store;
    private final OpenTaskRecorder recorder;

    OpenTaskRebuild(ProcessEngineConfiguration engine, OpenTaskStore store, OpenTaskRecorder recorder) {
        this.engine = (ProcessEngineConfigurationImpl) engine;
        this.store = store;
        this.recorder = recorder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.count() == 0 && engine.getTaskService().createTaskQuery().count() > 0) {
            log.info("Task list read model is empty while the engine has open tasks: rebuilding");
            rebuild();
        }
    }

    /** Replaces every row with the engine's open tasks, in one transaction. Returns how many. */
    public int rebuild() {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            store.deleteAll();
            int written = 0;
            while (true) {
                List<Task> tasks = engine.getTaskService().createTaskQuery().orderByTaskId().asc()
                        .listPage(written, BATCH);
                for (Task task : tasks) {
                    OpenTaskStore.Snapshot snapshot = OpenTaskRecorder.snapshot((TaskEntity) task);
                    store.insert(snapshot, recorder.subjectOf(snapshot));
                }
                written += tasks.size();
                if (tasks.size() < BATCH) {
                    return written;
                }
            }
        });
    }
}
