package vn.vetflow.publicservice;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Attaches the {@link StepTracker} to every user task of the public-service process when the engine
 * parses it, so the BPMN stays free of listener plumbing and no task can be forgotten.
 */
@Component
class StepTrackingPlugin extends AbstractProcessEnginePlugin {

    private final StepTracker tracker;

    StepTrackingPlugin(@Lazy StepTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (!PublicServiceProperties.PROCESS_KEY.equals(
                        ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey())) {
                    return;
                }
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, tracker::created);
                definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, tracker::completed);
            }
        });
    }
}
