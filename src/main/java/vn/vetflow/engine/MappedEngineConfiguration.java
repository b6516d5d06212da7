package vn.vetflow.engine;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;

/**
 * The starter's engine configuration, except that it takes Camunda's MyBatis mappings already parsed by
 * {@link EngineMappings} when they were parsed for its database; with none (or others) it parses them itself. Its
 * script engines and its decisions' FEEL engine are built after the start ({@link DeferredScriptEngines},
 * {@link DeferredFeelEngine}).
 */
class MappedEngineConfiguration extends SpringProcessEngineConfiguration {

    private final EngineMappings mappings;

    MappedEngineConfiguration(EngineMappings mappings) {
        this.mappings = mappings;
    }

    @Override
    protected void initSqlSessionFactory() {
        // Runs after the engine found its database type; the shared factory's prefix is an expression, not parsed here.
        if (sqlSessionFactory == null && mappings != null && !isUseSharedSqlSessionFactory) {
            mappings.take(databaseType, databaseTablePrefix).ifPresent(parsed -> {
                parsed.setEnvironment(new Environment("default", transactionFactory, dataSource));
                parsed.setDefaultStatementTimeout(jdbcStatementTimeout);
                if (isJdbcBatchProcessing()) {
                    parsed.setDefaultExecutorType(ExecutorType.BATCH);
                }
                sqlSessionFactory = new DefaultSqlSessionFactory(parsed);
            });
        }
        super.initSqlSessionFactory();
    }

    @Override
    protected void initScripting() {
        if (scriptEngineResolver == null) {
            scriptEngineResolver = new DeferredScriptEngines();
        }
        super.initScripting();
    }

    @Override
    protected void initDmnEngine() {
        // The factory the DMN engine would choose itself (the Scala engine, unless the legacy one is asked for).
        if (dmnEngine == null && !dmnFeelEnableLegacyBehavior) {
            if (dmnEngineConfiguration == null) {
                dmnEngineConfiguration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                        .createDefaultDmnEngineConfiguration();
            }
            if (dmnEngineConfiguration.getFeelEngineFactory() == null) {
                dmnEngineConfiguration.setFeelEngineFactory(
                        DeferredFeelEngine.of(new ScalaFeelEngineFactory(dmnFeelCustomFunctionProviders)));
            }
        }
        super.initDmnEngine();
    }
}
