package vn.vetflow.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vetflow.VetflowApplication;

/**
 * Starts vetflow for a benchmark on the given database. The settings go in as command-line arguments,
 * which win over application.yml (default properties would lose to it and silently measure H2).
 */
final class BenchmarkApplication {

    private BenchmarkApplication() {
    }

    static ConfigurableApplicationContext start(String url, String user, Map<String, String> extra,
            Class<?>... sources) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", url);
        settings.put("spring.datasource.username", user);
        settings.put("spring.datasource.password", "");
        settings.put("spring.flyway.placeholders.binary", url.startsWith("jdbc:h2") ? "blob" : "bytea");
        settings.put("camunda.bpm.job-execution.enabled", "false");
        settings.put("camunda.bpm.admin-user.id", "admin");
        settings.put("camunda.bpm.admin-user.password", UUID.randomUUID().toString());
        settings.put("server.port", "0");
        settings.put("vetflow.payment.secret", UUID.randomUUID() + UUID.randomUUID().toString());
        settings.put("vetflow.national-portal.enabled", "false");
        settings.put("logging.level.root", "WARN");
        settings.putAll(extra);
        Class<?>[] all = new Class<?>[sources.length + 1];
        all[0] = VetflowApplication.class;
        System.arraycopy(sources, 0, all, 1, sources.length);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(all).profiles("benchmark")
                .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        System.out.println("Database: " + jdbcUrl(context));
        return context;
    }

    /** The URL the application's connections really use, to print next to the figures. */
    static String jdbcUrl(ConfigurableApplicationContext context) {
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
