package vn.vetflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
}
