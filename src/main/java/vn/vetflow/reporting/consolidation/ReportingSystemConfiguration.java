package vn.vetflow.reporting.consolidation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The reporting system the provincial report goes to: the simulator in the demo and test profiles; elsewhere
 * (production) no silent simulator: until an adapter for the province's connection is configured, submission is
 * refused with a clear "not configured" message and the exports remain.
 */
@Configuration(proxyBeanMethods = false)
class ReportingSystemConfiguration {

    static final Profiles SIMULATED = Profiles.of("demo", "test", "cluster-test");

    private static final Logger log = LoggerFactory.getLogger(ReportingSystemConfiguration.class);

    @Bean
    ReportingSystem reportingSystem(Environment environment) {
        if (environment.acceptsProfiles(SIMULATED)) {
            log.info("Provincial reports go to the simulated government reporting system inside this application");
            return new SimulatedReportingSystem();
        }
        log.warn("No government reporting system is configured: provincial reports can be exported, not submitted");
        return new NotConfiguredReportingSystem();
    }

    /** Production without an adapter: says so, and refuses. */
    static class NotConfiguredReportingSystem implements ReportingSystem {

        @Override
        public boolean configured() {
            return false;
        }

        @Override
        public String submit(Filing filing) {
            throw new IllegalStateException("No government reporting system is configured");
        }
    }
}
