package vn.vetflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.support.PostgresTest;

/** On PostgreSQL too the engine runs on the mappings parsed beside the start-up, with PostgreSQL's dialect. */
class EngineMappingsPostgresTest extends PostgresTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Autowired
    EngineMappings mappings;

    @Test
    void theEngineRunsOnTheMappingsParsedForPostgres() {
        assertThat(engine.getDatabaseType()).isEqualTo("postgres");
        assertThat(engine.getSqlSessionFactory().getConfiguration())
                .isSameAs(mappings.take("postgres", "").orElseThrow());
    }
}
