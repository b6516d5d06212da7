package vn.vetflow.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The engine's configuration: the starter's, built as the starter builds it (the starter's own bean steps aside for
 * it), except that it takes the mappings parsed beside the start-up ({@link EngineMappings}) and builds its script
 * engines and its decisions' FEEL engine once the application is ready ({@link DeferredScriptEngines},
 * {@link DeferredFeelEngine}).
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "camunda.bpm", name = "enabled", havingValue = "true", matchIfMissing = true)
    ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins,
                                                                  ObjectProvider<EngineMappings> mappings) {
        var configuration = CamundaSpringBootUtil.initCustomFields(
                new MappedEngineConfiguration(mappings.getIfAvailable()));
        configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
        return configuration;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildDeferredEngines(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBeanProvider(ProcessEngineConfigurationImpl.class).ifAvailable(engine -> {
            if (engine.getScriptEngineResolver() instanceof DeferredScriptEngines scripts) {
                scripts.buildAside();
            }
            if (engine.getDmnEngineConfiguration() != null
                    && engine.getDmnEngineConfiguration().getFeelEngine() instanceof DeferredFeelEngine feel) {
                feel.buildAside();
            }
        });
    }
}
