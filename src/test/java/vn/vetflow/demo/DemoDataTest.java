package vn.vetflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vetflow.VetflowApplication;
import vn.vetflow.shared.ReactionsHold;

/**
 * The demo as `java -jar` starts it (issue 15): once the application is ready, the province is all there —
 * dossiers in every state, inspections at many stages, the KPI read model with its year of history and the
 * real dossiers — and the documents, held back while the data was laid out, are then prepared in the
 * background. A context of its own (demo profile, its own in-memory database), not the suite's shared one.
 */
class DemoDataTest {

    @Test
    void theProvinceIsCompleteWhenTheApplicationIsReadyAndItsDocumentsFollow() {
        try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(VetflowApplication.class)
                .profiles("demo")
                .run("--spring.datasource.url=jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000",
                        "--server.port=0", "--spring.jmx.enabled=false",
                        // The hourly KPI repair, should it fall inside the start-up, would fill the read model
                        // half-way and spare the start-up's rebuild: the check below is about the start-up alone.
                        "--vetflow.kpi.repair-cron=-")) {
            JdbcTemplate jdbc = demo.getBean(JdbcTemplate.class);

            // National status codes: new, not received, processing, supplement requested, payment required,
            // withdrawn, processed, result returned.
            assertThat(jdbc.queryForList("select distinct status from dossier", Integer.class))
                    .containsAll(List.of(1, 3, 4, 5, 6, 7, 9, 10));
            assertThat(count(jdbc, "select count(*) from dossier")).isGreaterThanOrEqualTo(21);
            assertThat(count(jdbc, "select count(distinct stage) from inspection")).isGreaterThanOrEqualTo(6);
            assertThat(count(jdbc, "select count(*) from kpi_dossier where demo = true"))
                    .as("a year of KPI history").isGreaterThan(500);
            assertThat(count(jdbc, "select count(*) from kpi_dossier where demo = false"))
                    .as("every real dossier in the KPI read model at once")
                    .isEqualTo(count(jdbc, "select count(*) from dossier"));

            assertThat(demo.getBean(ReactionsHold.class).isHolding()).isFalse();
            assertThat(count(jdbc, "select count(*) from dossier_document")).isPositive();
            await().atMost(Duration.ofMinutes(10)).until(() ->
                    count(jdbc, "select count(*) from dossier_document where content is null") == 0
                            && count(jdbc, "select count(*) from inspection_document where pdf is null"
                            + " and fields is not null") == 0);
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
