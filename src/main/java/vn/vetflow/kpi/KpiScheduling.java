package vn.vetflow.kpi;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled digest and alert check (off with {@code vetflow.kpi.scheduling=false}, as in tests). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "vetflow.kpi.scheduling", havingValue = "true", matchIfMissing = true)
class KpiScheduling {
}
