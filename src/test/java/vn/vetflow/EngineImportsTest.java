package vn.vetflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * How tightly vetflow holds on to Camunda 7, as docker/engine-imports.sh counts it (issue 16, engine
 * continuity). A rule: no file outside the engine's adapters imports the engine, and no file outside the
 * plugin package vn.vetflow.engine uses its internals ({@code engine.impl}).
 */
class EngineImportsTest {

    @Test
    void noFileOutsideTheAdaptersUsesTheEngineNorItsInternalsOutsideThePluginPackage() throws Exception {
        List<String> lines = run();
        assertThat(lines).as("the script's headings").anyMatch(line -> line.startsWith("  outside adapters:"))
                .anyMatch(line -> line.startsWith("  outside the plugin package"));
        assertThat(listed(lines, "  outside adapters:")).isEmpty();
        assertThat(listed(lines, "  outside the plugin package")).isEmpty();
        // The door and the pages that use it never see the engine.
        assertThat(String.join("\n", lines)).doesNotContain("TaskWork.java", "TaskPageController.java",
                "TaskApi.java", "InspectionPages.java", "InstitutionInspectionPages.java", "OfficerWork.java");
    }

    /** The files the script lists under a heading (indented by four spaces), until the next heading. */
    private static List<String> listed(List<String> lines, String heading) {
        List<String> files = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith(heading)) {
                in = true;
            } else if (in && line.startsWith("    ")) {
                files.add(line.strip());
            } else if (in) {
                break;
            }
        }
        return files;
    }

    private static List<String> run() throws IOException, InterruptedException {
        Process script = new ProcessBuilder("sh", "docker/engine-imports.sh", "-v").redirectErrorStream(true).start();
        String out = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(script.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
