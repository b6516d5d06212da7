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
 * continuity). A ratchet: the files still named below may leave these lists, no other file may join them.
 */
class EngineImportsTest {

    /** Inspections.record takes the engine's Task (a signature kept for the inspection aggregate's rebuild);
     *  the read model's rebuild reuses the recorder's snapshot of TaskEntity; the outage page knows the
     *  engine's exception type. */
    private static final List<String> OUTSIDE_ADAPTERS = List.of("inspection/Inspections.java",
            "tasks/OpenTaskRebuild.java", "web/DatabaseOutage.java");

    /** Engine plugins not yet moved into the plugin package vn.vetflow.engine. */
    private static final List<String> IMPL_OUTSIDE_PLUGIN_PACKAGE = List.of(
            "accounts/EnginePasswordPolicyPlugin.java", "publicservice/StepTrackingPlugin.java",
            "tasks/OpenTaskPlugin.java", "tasks/OpenTaskRebuild.java", "tasks/OpenTaskRecorder.java");

    @Test
    void noNewFileOutsideTheAdaptersUsesTheEngineNorItsInternalsOutsideThePluginPackage() throws Exception {
        List<String> lines = run();
        assertThat(listed(lines, "  outside adapters:")).allSatisfy(file ->
                assertThat(OUTSIDE_ADAPTERS).anyMatch(file::endsWith));
        assertThat(listed(lines, "  outside the plugin package")).allSatisfy(file ->
                assertThat(IMPL_OUTSIDE_PLUGIN_PACKAGE).anyMatch(file::endsWith));
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
