package vn.vetflow.catalogue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import vn.vetflow.catalogue.CatalogueYaml.ProcedureEntry;

/**
 * Reads catalogue files (one procedure per YAML file), checks them and returns the procedures.
 * Every problem of every file is collected and reported at once in a {@link CatalogueException}.
 */
public class CatalogueLoader {

    /** Where the shipped catalogue lives: the top-level folder {@code processes/catalogue/}. */
    public static final String CLASSPATH_LOCATION = "classpath*:processes/catalogue/*.yaml";

    private final Predicate<String> applicationFormExists;
    private final ResourcePatternResolver resolver;
    private final ObjectMapper yaml = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * @param applicationFormExists tells whether a form id names an existing application form;
     *                              see {@link #applicationFormOnClasspath(ClassLoader)}
     */
    public CatalogueLoader(Predicate<String> applicationFormExists) {
        this(applicationFormExists, new PathMatchingResourcePatternResolver());
    }

    public CatalogueLoader(Predicate<String> applicationFormExists, ResourcePatternResolver resolver) {
        this.applicationFormExists = applicationFormExists;
        this.resolver = resolver;
    }

    /** Where the application form with this id is expected on the classpath. */
    public static String applicationFormResource(String formId) {
        return "forms/applications/" + formId + ".form";
    }

    /** The form check used by the application: the form file is a classpath resource. */
    public static Predicate<String> applicationFormOnClasspath(ClassLoader classLoader) {
        return formId -> classLoader.getResource(applicationFormResource(formId)) != null;
    }

    /**
     * Loads every file matching the Spring resource patterns, e.g. {@link #CLASSPATH_LOCATION} or
     * {@code file:./config/catalogue/*.yaml}.
     *
     * @return the procedures, ordered by id
     * @throws CatalogueException naming every problem found
     */
    public List<Procedure> load(List<String> locationPatterns) {
        List<String> problems = new ArrayList<>();
        Map<String, CatalogueFile> files = new LinkedHashMap<>();
        // In the order of the locations (shipped first), so a repeated id is blamed on the later file.
        for (String pattern : locationPatterns) {
            try {
                List<CatalogueFile> found = new ArrayList<>();
                for (Resource resource : resolver.getResources(pattern)) {
                    found.add(new CatalogueFile(displayName(resource, pattern), resource));
                }
                found.sort(Comparator.comparing(CatalogueFile::name));
                for (CatalogueFile file : found) {
                    files.putIfAbsent(file.resource().getURI().toString(), file);
                }
            } catch (IOException e) {
                problems.add(pattern + ": cannot list the catalogue files: " + e.getMessage());
            }
        }
        List<Procedure> procedures = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        CatalogueValidator validator = new CatalogueValidator(applicationFormExists);
        for (CatalogueFile file : files.values()) {
            Problems at = Problems.inFile(problems, file.name());
            ProcedureEntry entry = read(file, at);
            if (entry == null) {
                continue;
            }
            Procedure procedure = validator.validate(entry, at);
            if (entry.id() != null && !entry.id().isBlank()) {
                String first = fileById.putIfAbsent(entry.id(), file.name());
                if (first != null) {
                    at.procedure(entry.id()).add("id", entry.id() + " is already defined in " + first);
                    continue;
                }
            }
            if (procedure != null) {
                procedures.add(procedure);
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
        procedures.sort(Comparator.comparing(Procedure::id, ProcedureCatalogue.ID_ORDER));
        return List.copyOf(procedures);
    }

    private record CatalogueFile(String name, Resource resource) {
    }

    /**
     * Checks one procedure given as the text of a catalogue file, exactly as {@link #load} checks a file.
     *
     * @param name what problem lines name as the file, e.g. {@code draft}
     * @throws CatalogueException naming every problem found
     */
    public Procedure loadText(String name, String text) {
        List<String> problems = new ArrayList<>();
        Problems at = Problems.inFile(problems, name);
        ProcedureEntry entry = read(new CatalogueFile(name,
                new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8))), at);
        Procedure procedure = entry == null ? null : new CatalogueValidator(applicationFormExists).validate(entry, at);
        if (!problems.isEmpty() || procedure == null) {
            throw new CatalogueException(problems.isEmpty() ? List.of(name + ": not a procedure") : problems);
        }
        return procedure;
    }

    /**
     * Checks a new version (the YAML of one entry of a file's {@code versions} list) together with the versions
     * a procedure already has, by the same rules as a file at startup: the procedure is written out as a
     * catalogue file with the draft appended and loaded again.
     *
     * @return the procedure with the draft as its last version
     * @throws CatalogueException naming every problem found
     */
    public Procedure loadWithDraft(String procedureId, List<ProcedureVersion> existing, String draftYaml) {
        JsonNode draft;
        try {
            draft = yaml.readTree(draftYaml == null ? "" : draftYaml);
        } catch (JsonProcessingException e) {
            throw new CatalogueException(List.of(DRAFT + ": not valid YAML" + where(e.getLocation()) + ": "
                    + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new CatalogueException(List.of(DRAFT + ": cannot read: " + e.getMessage()));
        }
        if (draft == null || !draft.isObject()) {
            throw new CatalogueException(List.of(DRAFT + ": expected one version (version: ..., effectiveFrom: ..., ...)"));
        }
        var file = yaml.createObjectNode();
        file.put("id", procedureId);
        var versions = file.putArray("versions");
        for (ProcedureVersion v : existing) {
            versions.add(yaml.valueToTree(CatalogueExport.fields(v)));
        }
        versions.add(draft);
        try {
            return loadText(DRAFT, yaml.writeValueAsString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the draft back as YAML", e);
        }
    }

    /** How problem lines name a draft checked by {@link #loadWithDraft}. */
    public static final String DRAFT = "draft";

    private ProcedureEntry read(CatalogueFile file, Problems at) {
        byte[] content;
        try (var in = file.resource().getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            at.add(null, "cannot read: " + e.getMessage());
            return null;
        }
        JsonNode tree;
        try {
            tree = yaml.readTree(content);
        } catch (JsonProcessingException e) {
            String message = firstLine(e.getOriginalMessage());
            at.add(null, message.startsWith("Trailing token")
                    ? "the file holds more than one YAML document; put one procedure in each file"
                    : "not valid YAML" + where(e.getLocation()) + ": " + message);
            return null;
        } catch (IOException e) {
            at.add(null, "cannot read: " + e.getMessage());
            return null;
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            at.add(null, "the file is empty; it should hold one procedure (id and versions)");
            return null;
        }
        if (!tree.isObject()) {
            at.add(null, "expected one procedure (id: ..., versions: ...), found a " + tree.getNodeType()
                    .toString().toLowerCase());
            return null;
        }
        try {
            return yaml.readValue(content, ProcedureEntry.class);
        } catch (JsonProcessingException e) {
            mappingProblem(content, tree, e, at);
            return null;
        } catch (IOException e) {
            at.add(null, "cannot read: " + e.getMessage());
            return null;
        }
    }

    /** Names the procedure, version and field a Jackson error is about, as validation problems do. */
    private void mappingProblem(byte[] content, JsonNode tree, JsonProcessingException e, Problems file) {
        JsonNode id = tree.path("id");
        Problems at = file.procedure(id.isValueNode() ? id.asText() : null);
        List<Reference> path = e instanceof JsonMappingException m ? m.getPath() : List.of();
        int fieldStart = 0;
        if (path.size() >= 2 && "versions".equals(path.get(0).getFieldName()) && path.get(1).getIndex() >= 0) {
            int index = path.get(1).getIndex();
            JsonNode number = tree.path("versions").path(index).path("version");
            at = at.version(number.isInt() ? number.asText() : "at position " + (index + 1));
            fieldStart = 2;
        }
        JsonLocation location = locate(content, path);
        at.add(fieldPath(path.subList(fieldStart, path.size())),
                describe(e) + where(location != null ? location : e.getLocation()));
    }

    /**
     * Where the key at {@code path} starts in the file. Jackson reports an unknown property of a
     * record only after reading the whole mapping, so its own location points past the typo.
     */
    private JsonLocation locate(byte[] content, List<Reference> path) {
        if (path.isEmpty()) {
            return null;
        }
        StringBuilder pointer = new StringBuilder();
        for (Reference ref : path) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        try (JsonParser parser = yaml.createParser(content)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME
                        && parser.getParsingContext().pathAsPointer().toString().equals(pointer.toString())) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static String fieldPath(List<Reference> path) {
        StringBuilder field = new StringBuilder();
        for (Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown property '" + u.getPropertyName() + "'; known here: " + known(u.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> type = f.getTargetType();
            String value = "'" + f.getValue() + "'";
            if (type != null && type.isEnum()) {
                return value + " is not one of " + Arrays.stream(type.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            if (type == LocalDate.class) {
                return value + " is not a date (yyyy-mm-dd)";
            }
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                return value + " is not a whole number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return value + " is not true or false";
            }
            return value + " cannot be read as " + (type == null ? "this field" : type.getSimpleName());
        }
        String message = firstLine(e.getOriginalMessage());
        if (e instanceof MismatchedInputException m) {
            if (m.getTargetType() != null) {
                return "wrong kind of value, expected " + kind(m.getTargetType());
            }
        }
        return message;
    }

    private static String kind(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping (key: value lines)";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date (yyyy-mm-dd)";
        }
        return type.getSimpleName();
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "none" : ids.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * A short name for messages: for classpath patterns the path inside the classpath
     * ({@code processes/catalogue/P1.yaml}), for files the file path.
     */
    static String displayName(Resource resource, String pattern) {
        String location = pattern.replaceFirst("^classpath\\*?:", "");
        if (!location.equals(pattern)) {
            String root = location.substring(0, location.lastIndexOf('/', firstWildcard(location)) + 1);
            try {
                String url = resource.getURL().toString();
                int at = root.isEmpty() ? -1 : url.lastIndexOf(root);
                if (at >= 0) {
                    return url.substring(at);
                }
            } catch (IOException ignored) {
                // fall back to the file name below
            }
            return root + resource.getFilename();
        }
        try {
            if (resource.isFile()) {
                return resource.getFile().getPath();
            }
        } catch (IOException ignored) {
            // fall back to the description below
        }
        return resource.getDescription();
    }

    private static int firstWildcard(String location) {
        for (int i = 0; i < location.length(); i++) {
            char c = location.charAt(i);
            if (c == '*' || c == '?' || c == '{') {
                return i;
            }
        }
        return location.length();
    }
}
