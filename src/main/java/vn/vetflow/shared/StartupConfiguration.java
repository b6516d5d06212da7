package vn.vetflow.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Start-up in parallel (issue 15): Hibernate builds its metamodel on a thread of its own while the main thread
 * goes on creating Camunda's engine (its MyBatis mappings, the BPMN parser), instead of one after the other on
 * the main thread. The entity manager factory is a proxy until then; the first call that needs it (the first
 * transaction) waits for it. Repositories are created when the context is refreshed
 * ({@code spring.data.jpa.repositories.bootstrap-mode: deferred}), so creating them does not wait either.
 *
 * <p>A thread of its own, set on the factory bean just before it initialises, so no customizer can replace it:
 * with deferred repositories Spring Boot would otherwise hand the bootstrap to the only task executor it finds,
 * the listeners' one, which holds its tasks until the application is ready in the demo ({@link ReactionsHold}),
 * a moment that would then never come. Switched off with {@code vetflow.startup.background-jpa=false}.
 *
 * <p>Once the metamodel is built, another thread parses the repositories' declared queries
 * ({@link DeclaredQueryWarmUp}), so creating the repositories finds them parsed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vetflow.startup.background-jpa", havingValue = "true", matchIfMissing = true)
class StartupConfiguration {

    @Bean
    static BeanPostProcessor backgroundJpaBootstrap(ConfigurableListableBeanFactory beans) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractEntityManagerFactoryBean factory) {
                    SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("jpa-bootstrap-");
                    executor.setConcurrencyLimit(1);
                    factory.setBootstrapExecutor(executor);
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractEntityManagerFactoryBean factory) {
                    DeclaredQueryWarmUp.start(factory, beans);
                }
                return bean;
            }
        };
    }
}
