package vn.vetflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The pieces Spring puts together, put together by hand (no application context). */
class CatalogueWiringTest {

    @TempDir
    Path dir;

    @Test
    void theExtraLocationIsBoundFromVetflowCatalogue() {
        Binder binder = new Binder(new MapConfigurationPropertySource(
                Map.of("vetflow.catalogue.extra-location", "file:./config/catalogue/*.yaml")));
        CatalogueProperties properties = binder.bind("vetflow.catalogue", CatalogueProperties.class).get();
        assertThat(properties.extraLocation()).isEqualTo("file:./config/catalogue/*.yaml");
        assertThat(properties.locations())
                .containsExactly(CatalogueLoader.CLASSPATH_LOCATION, "file:./config/catalogue/*.yaml");
        assertThat(new CatalogueProperties(null).locations()).containsExactly(CatalogueLoader.CLASSPATH_LOCATION);
        assertThat(new CatalogueProperties(" ").locations()).containsExactly(CatalogueLoader.CLASSPATH_LOCATION);
    }

    @Test
    void aProvinceAddsAProcedureFromTheExtraLocation() throws IOException {
        String p6 = Files.readString(Path.of("processes/catalogue/P8.yaml"))
                .replace("id: P8", "id: P99").replace("application-p8", "application-p99");
        Files.writeString(dir.resolve("P99.yaml"), p6);
        ProcedureCatalogue catalogue = new ProcedureCatalogue(new CatalogueLoader(form -> true),
                new CatalogueProperties("file:" + dir + "/*.yaml"));
        assertThat(catalogue.all()).extracting(Procedure::id).containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P99");
        assertThat(catalogue.currentVersion("P99", LocalDate.of(2026, 1, 5)).applicationForm()).isEqualTo("application-p99");
    }

    @Test
    void theExtraLocationCannotRedefineAShippedProcedure() throws IOException {
        Files.copy(Path.of("processes/catalogue/P1.yaml"), dir.resolve("P1.yaml"));
        assertThatThrownBy(() -> new ProcedureCatalogue(new CatalogueLoader(form -> true),
                new CatalogueProperties("file:" + dir + "/*.yaml")))
                .isInstanceOf(CatalogueException.class)
                .hasMessage(dir.resolve("P1.yaml") + ": procedure P1: id: P1 is already defined in processes/catalogue/P1.yaml");
    }

    @Test
    void anExtraLocationWithoutFilesAddsNothing() {
        ProcedureCatalogue catalogue = new ProcedureCatalogue(new CatalogueLoader(form -> true),
                new CatalogueProperties("file:" + dir.resolve("absent") + "/*.yaml"));
        assertThat(catalogue.all()).hasSize(9);
    }

    @Test
    void theApplicationChecksFormsOnTheClasspath() throws IOException {
        Path form = dir.resolve("forms/applications/application-p1.form");
        Files.createDirectories(form.getParent());
        Files.writeString(form, "{}");
        try (URLClassLoader classLoader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Predicate<String> exists = CatalogueLoader.applicationFormOnClasspath(classLoader);
            assertThat(exists.test("application-p1")).isTrue();
            assertThat(exists.test("application-p2")).isFalse();
        }
    }
}
