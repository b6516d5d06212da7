package vn.vetflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.PostgresTest;

/**
 * On PostgreSQL: the V70 table takes a publication, and a second catalogue on the same database (another node
 * of a cluster, with nothing cached) serves the new version at once, while otherwise asking only for the rows' ids. Uses the fixture PT2 on this context's
 * own database.
 */
class PublishedVersionsPostgresTest extends PostgresTest {

    @Autowired CatalogueVersions versions;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired CatalogueLoader loader;
    @Autowired CatalogueProperties properties;
    @Autowired JdbcTemplate jdbc;
    @Autowired AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anotherNodeSeesAPublishedVersionAtOnce() {
        clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        List<String> asked = new ArrayList<>();
        ProcedureCatalogue otherNode = new ProcedureCatalogue(loader, properties,
                new PublishedVersions(recording(asked), loader));
        int before = otherNode.currentVersion("PT2", LocalDate.of(2026, 6, 1)).version();
        // Every row it has met parsed, it asks only for the rows' ids (the YAML is read for a new row only).
        asked.clear();
        assertThat(otherNode.currentVersion("PT2", LocalDate.of(2026, 6, 1)).version()).isEqualTo(before);
        assertThat(asked).isNotEmpty()
                .allSatisfy(sql -> assertThat(sql).startsWith("select id from").doesNotContain("yaml"));

        String draft = versions.nextDraft("PT2").replaceFirst("(?m)^effectiveFrom: .*$", "effectiveFrom: 2026-06-01")
                .replaceFirst("(?m)^refusalDays: .*$", "refusalDays: 12");
        ProcedureVersion published = versions.publish("PT2", draft, "quantri");

        assertThat(published.version()).isEqualTo(before + 1);
        asked.clear();
        assertThat(otherNode.currentVersion("PT2", LocalDate.of(2026, 6, 1)).refusalDays()).isEqualTo(12);
        assertThat(asked).anySatisfy(sql -> assertThat(sql).contains("yaml"));
        assertThat(otherNode.currentVersion("PT2", LocalDate.of(2026, 5, 31)).version()).isEqualTo(before);
        assertThat(catalogue.version("PT2", published.version())).isEqualTo(published);
        assertThat(versions.publishedOf("PT2")).anySatisfy(p -> {
            assertThat(p.publishedBy()).isEqualTo("quantri");
            assertThat(p.effectiveFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        });
    }

    /** The application's JdbcTemplate, noting the SQL of each query this test's "other node" sends. */
    private JdbcTemplate recording(List<String> asked) {
        return new JdbcTemplate(jdbc.getDataSource()) {
            @Override
            public <T> List<T> query(String sql, RowMapper<T> rowMapper) {
                asked.add(sql);
                return super.query(sql, rowMapper);
            }

            @Override
            public <T> List<T> queryForList(String sql, Class<T> elementType) {
                asked.add(sql);
                return super.queryForList(sql, elementType);
            }
        };
    }
}
