package vn.vetflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every .form file has what Camunda 7.24 Tasklist and Camunda Modeler expect of a form-js document. */
class FormFilesTest {

    private static final Set<String> INPUT_TYPES =
            Set.of("textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "datetime");

    @Test
    void everyFormHasTheTopLevelPropertiesOfACamunda7Form() throws IOException {
        List<Resource> files = files();
        assertThat(files).hasSize(38);
        for (Resource file : files) {
            JsonNode form = read(file);
            String name = file.getFilename();
            assertThat(form.path("id").asText()).as("id of %s", name).isEqualTo(name.replace(".form", ""));
            assertThat(form.path("type").asText()).as("type of %s", name).isEqualTo("default");
            assertThat(form.path("schemaVersion").asInt()).as("schemaVersion of %s", name).isEqualTo(16);
            assertThat(form.path("executionPlatform").asText()).as(name).isEqualTo("Camunda Platform");
            assertThat(form.path("executionPlatformVersion").asText()).as(name).isEqualTo("7.24.0");
            assertThat(form.path("exporter").path("name").asText()).as(name).isEqualTo("vetflow");
            assertThat(form.path("exporter").path("version").asText()).as(name).isEqualTo("1");
        }
    }

    @Test
    void everyComponentHasAUniqueIdAndEveryInputALabel() throws IOException {
        for (Resource file : files()) {
            List<JsonNode> components = new ArrayList<>();
            flatten(read(file).path("components"), components);
            Set<String> ids = new HashSet<>();
            for (JsonNode component : components) {
                String id = component.path("id").asText();
                assertThat(id).as("component id in %s", file.getFilename()).isNotBlank();
                assertThat(ids.add(id)).as("id %s unique in %s", id, file.getFilename()).isTrue();
                String type = component.path("type").asText();
                if (INPUT_TYPES.contains(type)) {
                    String label = type.equals("datetime") ? component.path("dateLabel").asText()
                            : component.path("label").asText();
                    assertThat(label).as("label of %s in %s", id, file.getFilename()).isNotBlank();
                }
                if (type.equals("textarea")) {
                    // form-js accepts a pattern only on a textfield
                    assertThat(component.path("validate").has("pattern")).as(id).isFalse();
                }
                for (JsonNode option : component.path("values")) {
                    assertThat(option.path("label").asText()).as("option label in %s", id).isNotBlank();
                    assertThat(option.path("value").isTextual()).as("option value in %s", id).isTrue();
                }
            }
        }
    }

    private static void flatten(JsonNode components, List<JsonNode> out) {
        for (JsonNode component : components) {
            out.add(component);
            flatten(component.path("components"), out);
        }
    }

    static List<Resource> files() throws IOException {
        return List.of(new PathMatchingResourcePatternResolver().getResources(FormRegistry.LOCATION_PATTERN));
    }

    private static JsonNode read(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return new ObjectMapper().readTree(in);
        }
    }
}
