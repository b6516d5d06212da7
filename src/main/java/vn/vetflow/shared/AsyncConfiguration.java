package vn.vetflow.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Listeners of committed changes ({@code @ApplicationModuleListener}) run after commit on the
 * application's task executor, so the user's request never waits for mail, read models or documents.
 *
 * <p>The executor is the bean named {@code taskExecutor}: Camunda's job executor brings another task
 * executor, so without that name {@code @Async} fell back to a new thread per event (issue 15: dozens of
 * PDF renderings at once on two cores) instead of the {@code spring.task.execution.pool} threads the
 * connection pool is sized for.
 *
 * <p>Documents have an executor of their own ({@link DocumentReaction}), so their rendering never takes every
 * core at once.
 *
 * <p>With {@code vetflow.startup.hold-reactions=true} (the demo profile) reactions wait until the
 * application is ready: the start-up runners that lay out the demo data have the machine to themselves,
 * and the documents, mails and read-model refreshes they caused follow in the background (pages say
 * "being prepared" meanwhile; see {@link ReactionsHold}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {

    @Bean
    ReactionsHold reactionsHold(@Value("${vetflow.startup.hold-reactions:false}") boolean holdUntilReady) {
        return new ReactionsHold(holdUntilReady);
    }

    /** The listeners' executor; the one an executor injected by its type gets. */
    @Bean(name = "taskExecutor")
    @Primary
    ThreadPoolTaskExecutor taskExecutor(ThreadPoolTaskExecutorBuilder builder, ReactionsHold hold) {
        return builder.taskDecorator(hold::decorate).build();
    }

    /** The documents' renderings and signatures ({@link DocumentReaction}): one thread unless configured. */
    @Bean(name = DocumentReaction.EXECUTOR)
    ThreadPoolTaskExecutor documentExecutor(ThreadPoolTaskExecutorBuilder builder, ReactionsHold hold,
                                            @Value("${vetflow.documents.threads:1}") int threads) {
        return builder.corePoolSize(threads).maxPoolSize(threads).threadNamePrefix("documents-")
                .taskDecorator(hold::decorate).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void release(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(ReactionsHold.class).release();
    }
}
