package vn.vetflow.support;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the PostgreSQL part of the suite: the same application on a fresh database of its own
 * (one Spring context shared by all subclasses).
 */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
@VetflowTest
public abstract class PostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresDatabase::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "16");
        registry.add("spring.flyway.placeholders.binary", () -> "bytea");
        // Its own engine name: Camunda's webapps find their engine by name in a JVM-wide registry, and the
        // H2 context's webapps must keep finding the H2 engine as "default".
        registry.add("camunda.bpm.process-engine-name", () -> "postgres");
    }
}
