package vn.vetflow.tasks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vetflow.engine.OpenUserTasks;

/**
 * Rebuilds {@code open_task} from the engine's open tasks: at startup when the table is empty but the
 * engine has tasks (a database from before the read model), and on demand.
 */
@Component
@Order(2)
public class OpenTaskRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OpenTaskRebuild.class);

    private final OpenUserTasks engine;
    private final OpenTaskStore store;
    private final OpenTaskRecorder recorder;

    OpenTaskRebuild(OpenUserTasks engine, OpenTaskStore store, OpenTaskRecorder recorder) {
        this.engine = engine;
        this.store = store;
        this.recorder = recorder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.count() == 0 && engine.any()) {
            log.info("Task list read model is empty while the engine has open tasks: rebuilding");
            rebuild();
        }
    }

    /** Replaces every row with the engine's open tasks, in one transaction. Returns how many. */
    public int rebuild() {
        return engine.replay(store::deleteAll, task -> store.insert(task, recorder.subjectOf(task)));
    }
}
