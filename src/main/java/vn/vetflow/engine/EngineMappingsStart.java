package vn.vetflow.engine;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Starts {@link EngineMappings} before the context is refreshed, so the parse runs beside Spring's configuration
 * classes, Flyway and Hibernate rather than after them (registered in {@code META-INF/spring.factories}). Last of
 * the initializers, so settings added by the others (a test's database) are the ones read. Switched off with
 * {@code vetflow.startup.background-mappings=false}.
 */
class EngineMappingsStart implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    static final String BEAN = "vetflowEngineMappings";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var settings = context.getEnvironment();
        // Nothing to parse for when the engine is off (EngineConfiguration then makes no configuration either).
        if (settings.getProperty("vetflow.startup.background-mappings", Boolean.class, true)
                && settings.getProperty("camunda.bpm.enabled", Boolean.class, true)) {
            EngineMappings.start(settings).ifPresent(m -> context.getBeanFactory().registerSingleton(BEAN, m));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
