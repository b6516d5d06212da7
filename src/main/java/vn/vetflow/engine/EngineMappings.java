package vn.vetflow.engine;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Camunda's MyBatis mappings (55 XML files, 880 KB) parsed on a thread of their own while Spring sets the rest of
 * the application up. Parsed in the middle of building the engine, they were a quarter of the main thread's
 * start-up (issue 15). The parse only needs the database type and the tables' prefix, which the settings tell
 * before any connection is open; the engine takes the result only if the type it finds on its connection and its
 * prefix are the same ({@link MappedEngineConfiguration}), and otherwise parses them itself, as it always did.
 */
final class EngineMappings {

    private static final Logger log = LoggerFactory.getLogger(EngineMappings.class);
    private static final String CAMUNDA_MAPPINGS = "org/camunda/bpm/engine/impl/mapping/mappings.xml";

    private final String databaseType;
    private final String tablePrefix;
    private final FutureTask<Configuration> parse;

    private EngineMappings(String databaseType, String tablePrefix) {
        this.databaseType = databaseType;
        this.tablePrefix = tablePrefix;
        this.parse = new FutureTask<>(() -> parse(databaseType, tablePrefix));
    }

    /** Starts the parse for the database the settings name; empty when they name none the engine knows by its URL. */
    static Optional<EngineMappings> start(Environment settings) {
        return databaseType(settings).map(type -> {
            EngineMappings mappings = new EngineMappings(type,
                    settings.getProperty("camunda.bpm.database.table-prefix", ""));
            Thread thread = new Thread(mappings.parse, "engine-mappings");
            thread.setDaemon(true);
            thread.start();
            return mappings;
        });
    }

    /**
     * The engine's database type as it will find it on its connection: an explicit {@code camunda.bpm.database.type},
     * else from the JDBC URL (the two databases vetflow runs on).
     */
    static Optional<String> databaseType(Environment settings) {
        String explicit = settings.getProperty("camunda.bpm.database.type");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(explicit);
        }
        String url = settings.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:")) {
            return Optional.of("h2");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Optional.of("postgres");
        }
        return Optional.empty();
    }

    /**
     * The parsed mappings, waiting for the parse if it still runs, when they were parsed for this database type and
     * prefix; empty otherwise, or when the parse failed (the engine then parses them and reports what is wrong).
     */
    Optional<Configuration> take(String engineDatabaseType, String engineTablePrefix) {
        if (!databaseType.equals(engineDatabaseType) || !tablePrefix.equals(Objects.toString(engineTablePrefix, ""))) {
            log.info("Engine mappings parsed for {} '{}', the engine runs on {} '{}': it parses its own", databaseType,
                    tablePrefix, engineDatabaseType, engineTablePrefix);
            return Optional.empty();
        }
        try {
            return Optional.of(parse.get());
        } catch (ExecutionException e) {
            log.warn("Parsing the engine's mappings beside the start-up failed; the engine parses them", e.getCause());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** What {@code ProcessEngineConfigurationImpl.initSqlSessionFactory} parses, with the same properties. */
    private static Configuration parse(String databaseType, String tablePrefix) throws Exception {
        Properties properties = new Properties();
        properties.put("prefix", tablePrefix);
        ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, tablePrefix, databaseType);
        try (InputStream mappings = ReflectUtil.getResourceAsStream(CAMUNDA_MAPPINGS)) {
            return new XMLConfigBuilder(new InputStreamReader(mappings, StandardCharsets.UTF_8), "", properties)
                    .parse();
        }
    }
}
