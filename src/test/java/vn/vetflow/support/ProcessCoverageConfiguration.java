package vn.vetflow.support;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The coverage extension in the shared engine, collected by {@link ProcessCoverageListener} only. The
 * extension's own listener registers itself for every test class (spring.factories) and would point the
 * engine at its collector; it excludes classes that match none of its inclusion patterns, so it is given
 * one that matches no class name.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverageConfiguration {

    static final String NO_CLASS = "vn.vetflow.coverage.by.ProcessCoverageListener.only";

    @Bean
    AbstractCamundaConfiguration processCoverageEngine() {
        return new AbstractCamundaConfiguration() {
            @Override
            public void preInit(SpringProcessEngineConfiguration configuration) {
                ProcessCoverage.prepare(configuration);
            }
        };
    }

    @Bean
    @Primary
    ProcessEngineCoverageProperties processCoverageProperties() {
        return ProcessEngineCoverageProperties.builder().addInclusionPatternForTestClasses(NO_CLASS).build();
    }
}
