package vn.vetflow.processes;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import vn.vetflow.support.ProcessCoverage;

/**
 * An engine of its own for one model test class: in-memory H2, no job executor (tests run jobs), no Spring,
 * beans of the model's expressions given through {@code Mocks.register}, and the coverage extension
 * collecting only this class's events.
 */
final class IsolatedEngine {

    private final ProcessEngine engine;
    private final ProcessCoverage coverage;

    private IsolatedEngine(String name) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        ProcessCoverage.prepare(configuration);
        engine = configuration.buildProcessEngine();
        coverage = ProcessCoverage.of(engine, name);
    }

    static IsolatedEngine named(String name) {
        return new IsolatedEngine(name);
    }

    ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }

    ProcessEngine engine() {
        return engine;
    }

    /** Fails unless this class's own instances reached {@code atLeast} of the process's flow nodes. */
    void assertCoverage(String processKey, double atLeast, String who) {
        coverage.check(processKey, atLeast, who);
    }

    void close() {
        engine.close();
    }
}
