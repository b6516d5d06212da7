package vn.vetflow.forms;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.DefaultResourceLoader;

/** Helpers shared by the tests of this package; no Spring context. */
final class TestForms {

    private static FormRegistry realForms;

    private TestForms() {
    }

    /** The real forms of the application, loaded from the classpath as the application does. */
    static synchronized FormRegistry realForms() {
        if (realForms == null) {
            realForms = new FormRegistry(new DefaultResourceLoader());
        }
        return realForms;
    }

    static FormSchema parse(String json) {
        return new FormSchemaParser().parse("test.form", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** A form document around the given components (a JSON array body). */
    static String form(String id, String components) {
        return """
                {"id": "%s", "type": "default", "schemaVersion": 16, "components": [%s]}
                """.formatted(id, components);
    }
}
