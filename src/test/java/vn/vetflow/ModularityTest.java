package vn.vetflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules (top-level packages) talk through each other's public API only, without cycles, and the
 * modules that declare their allowed dependencies ({@code @ApplicationModule} in package-info) use no others.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(VetflowApplication.class);
    private static final Path DOCS = Path.of("target", "spring-modulith-docs");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** The module documentation (PlantUML diagrams of all and of each module, module canvases) in target/. */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation();
        assertThat(DOCS.resolve("components.puml")).isNotEmptyFile();
        try (Stream<Path> files = Files.list(DOCS)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("module-identity.puml", "module-identity.adoc", "module-publicservice.puml");
        }
    }
}
