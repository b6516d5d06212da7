package vn.vetflow.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches task listeners to every user task of one process (or of every process) when the engine parses
 * it, so the BPMN stays free of listener plumbing and no task can be forgotten. A feature module declares
 * one as a bean: {@code UserTaskListenersPlugin.forProcess("key").on(TaskListener.EVENTNAME_CREATE, ...)}.
 */
public class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

    private final String processKey;
    private final Map<String, List<TaskListener>> listeners = new LinkedHashMap<>();

    private UserTaskListenersPlugin(String processKey) {
        this.processKey = processKey;
    }

    public static UserTaskListenersPlugin forProcess(String processKey) {
        return new UserTaskListenersPlugin(processKey);
    }

    public static UserTaskListenersPlugin forEveryProcess() {
        return new UserTaskListenersPlugin(null);
    }

    /** Adds a listener for one task event ({@link TaskListener}'s EVENTNAME_ constants). */
    public UserTaskListenersPlugin on(String event, TaskListener listener) {
        listeners.computeIfAbsent(event, e -> new ArrayList<>()).add(listener);
        return this;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (processKey != null && !processKey.equals(
                        ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey())) {
                    return;
                }
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                listeners.forEach((event, each) -> each.forEach(
                        listener -> definition.addTaskListener(event, listener)));
            }
        });
    }
}
