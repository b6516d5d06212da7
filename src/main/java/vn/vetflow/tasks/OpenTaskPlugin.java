package vn.vetflow.tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import vn.vetflow.engine.OpenUserTaskPlugin;
import vn.vetflow.engine.UserTaskLedger;

/** Plugs the {@link OpenTaskRecorder} into the engine: every user task of every process feeds {@code open_task}. */
@Configuration(proxyBeanMethods = false)
class OpenTaskPlugin {

    @Bean
    OpenUserTaskPlugin openTaskRecording(@Lazy UserTaskLedger recorder) {
        return new OpenUserTaskPlugin(recorder);
    }
}
