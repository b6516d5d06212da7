package vn.vetflow.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Listeners of committed changes ({@code @ApplicationModuleListener}) run after commit on the
 * application's task executor, so the user's request never waits for mail, read models or documents.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
