package vn.vetflow.tasks;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Attaches the {@link OpenTaskRecorder} to every user task of every process when the engine parses it,
 * and registers the per-command session that writes the rows.
 */
@Component
class OpenTaskPlugin extends AbstractProcessEnginePlugin {

    private static final String[] EVENTS = {TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE};

    private final OpenTaskRecorder recorder;

    OpenTaskPlugin(@Lazy OpenTaskRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return OpenTaskRecorder.Changes.class;
            }

            @Override
            public Session openSession() {
                return new OpenTaskRecorder.Changes(recorder);
            }
        });
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                for (String event : EVENTS) {
                    definition.addTaskListener(event, recorder::notify);
                }
            }
        });
    }
}
