package vn.vetflow.shared;

import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Start-up in parallel (issue 15): Hibernate builds its metamodel on a thread of its own while the main thread
 * goes on creating Camunda's engine (its MyBatis mappings, the BPMN parser), instead of one after the other on
 * the main thread. The entity manager factory is a proxy until then; the first call that needs it (the first
 * transaction) waits for it. Repositories are created when the context is refreshed
 * ({@code spring.data.jpa.repositories.bootstrap-mode: deferred}), so creating them does not wait either.
 *
 * <p>A thread of its own, not the listeners' executor: that one holds its tasks until the application is ready
 * in the demo ({@link ReactionsHold}), which would never come. Switched off with
 * {@code vetflow.startup.background-jpa=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vetflow.startup.background-jpa", havingValue = "true", matchIfMissing = true)
class StartupConfiguration {

    /** Applied last, so Spring Boot's own choice of executor for deferred repositories cannot replace it. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    EntityManagerFactoryBuilderCustomizer backgroundJpaBootstrap() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("jpa-bootstrap-");
        executor.setConcurrencyLimit(1);
        return builder -> builder.setBootstrapExecutor(executor);
    }
}
