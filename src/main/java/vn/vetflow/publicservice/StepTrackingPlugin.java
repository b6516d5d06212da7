package vn.vetflow.publicservice;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import vn.vetflow.engine.UserTaskListenersPlugin;

/**
 * Attaches the {@link StepTracker} to every user task of the public-service process when the engine
 * parses it, so the BPMN stays free of listener plumbing and no task can be forgotten.
 */
@Configuration(proxyBeanMethods = false)
class StepTrackingPlugin {

    @Bean
    UserTaskListenersPlugin stepTracking(@Lazy StepTracker tracker) {
        return UserTaskListenersPlugin.forProcess(PublicServiceProperties.PROCESS_KEY)
                .on(TaskListener.EVENTNAME_CREATE, tracker::created)
                .on(TaskListener.EVENTNAME_COMPLETE, tracker::completed);
    }
}
