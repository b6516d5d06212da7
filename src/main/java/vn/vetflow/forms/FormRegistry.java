package vn.vetflow.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * Every form on the classpath ({@value #LOCATION_PATTERN}), by id, loaded once at startup. A broken file, a
 * missing id, a duplicate id or a duplicate key stops the application with a message naming the file.
 */
@Component
public class FormRegistry {

    public static final String LOCATION_PATTERN = "classpath*:forms/**/*.form";

    private static final Logger log = LoggerFactory.getLogger(FormRegistry.class);

    private final Map<String, FormSchema> forms;

    @Autowired
    public FormRegistry(ResourceLoader resourceLoader) {
        this(find(resourceLoader, LOCATION_PATTERN));
        log.info("Loaded {} forms from {}", forms.size(), LOCATION_PATTERN);
    }

    /** Loads the given resources; for tests and tools that do not run a Spring context. */
    public FormRegistry(Collection<? extends Resource> resources) {
        FormSchemaParser parser = new FormSchemaParser();
        Map<String, FormSchema> byId = new LinkedHashMap<>();
        Map<String, String> sourceById = new HashMap<>();
        resources.stream().sorted(Comparator.comparing(FormRegistry::name)).forEach(resource -> {
            String source = name(resource);
            FormSchema schema;
            try (InputStream in = resource.getInputStream()) {
                schema = parser.parse(source, in);
            } catch (IOException e) {
                throw new FormDefinitionException(source, "cannot be read: " + e.getMessage(), e);
            }
            String previous = sourceById.putIfAbsent(schema.id(), source);
            if (previous != null) {
                throw new FormDefinitionException(source, "duplicate form id '" + schema.id() + "', also in " + previous);
            }
            byId.put(schema.id(), schema);
        });
        this.forms = Collections.unmodifiableMap(byId);
    }

    /** @throws UnknownFormException if no form has this id */
    public FormSchema get(String formId) {
        FormSchema schema = forms.get(formId);
        if (schema == null) {
            throw new UnknownFormException(formId);
        }
        return schema;
    }

    public boolean exists(String formId) {
        return forms.containsKey(formId);
    }

    /** Every form, ordered by file name. */
    public Collection<FormSchema> all() {
        return forms.values();
    }

    static List<Resource> find(ResourceLoader resourceLoader, String locationPattern) {
        try {
            return Arrays.asList(ResourcePatternUtils.getResourcePatternResolver(resourceLoader)
                    .getResources(locationPattern));
        } catch (IOException e) {
            throw new FormDefinitionException(locationPattern, "cannot list forms: " + e.getMessage(), e);
        }
    }

    private static String name(Resource resource) {
        try {
            return resource.getURI().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
