package vn.vetflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import vn.vetflow.support.VetflowTest;

/** Camunda's mappings parsed beside the start-up, and taken by the engine only when they fit its database. */
@VetflowTest
class EngineMappingsTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Autowired
    EngineMappings mappings;

    @Test
    void theEngineRunsOnTheMappingsParsedBesideTheStartUp() {
        Configuration early = mappings.take("h2", "").orElseThrow();
        assertThat(engine).isInstanceOf(MappedEngineConfiguration.class);
        assertThat(engine.getSqlSessionFactory().getConfiguration()).isSameAs(early);
        // Parsed with H2's dialect, as the engine would have: its paging and the environment it was given.
        assertThat(early.hasStatement("selectTaskByQueryCriteria")).isTrue();
        assertThat(early.getVariables().getProperty("limitBefore"))
                .isEqualTo(engineOwnProperties("h2").getProperty("limitBefore"));
        assertThat(early.getEnvironment().getDataSource()).isSameAs(engine.getDataSource());
    }

    @Test
    void mappingsParsedForAnotherDatabaseOrPrefixAreLeftToTheEngine() {
        assertThat(mappings.take("postgres", "")).isEmpty();
        assertThat(mappings.take("h2", "other.")).isEmpty();
    }

    @Test
    void theDatabaseTypeComesFromTheEngineSettingOrTheUrl() {
        assertThat(EngineMappings.databaseType(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:mem:x"))).contains("h2");
        assertThat(EngineMappings.databaseType(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/vetflow"))).contains("postgres");
        assertThat(EngineMappings.databaseType(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
                .withProperty("camunda.bpm.database.type", "cockroachdb"))).contains("cockroachdb");
        assertThat(EngineMappings.databaseType(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:oracle:thin:@db:1521/x"))).isEmpty();
        assertThat(EngineMappings.databaseType(new MockEnvironment())).isEmpty();
    }

    private static Properties engineOwnProperties(String databaseType) {
        Properties properties = new Properties();
        ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, "", databaseType);
        return properties;
    }
}
