package vn.vetflow.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes procedure versions in the catalogue file format (processes/catalogue/*.yaml), so what the database
 * holds can be exported, reviewed and committed as a seed, and so a draft is checked by the very loader that
 * checks the files at startup. Loading an export gives back equal versions.
 */
public final class CatalogueExport {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();

    private CatalogueExport() {
    }

    /** A whole catalogue file: the procedure's id and all its versions. */
    public static String procedure(String id, List<ProcedureVersion> versions) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("id", id);
        file.put("versions", versions.stream().map(CatalogueExport::fields).toList());
        return write(file);
    }

    /** One version, as one entry of a file's {@code versions} list (without the leading "- "). */
    public static String version(ProcedureVersion v) {
        return write(fields(v));
    }

    static Map<String, Object> fields(ProcedureVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.version());
        m.put("effectiveFrom", v.effectiveFrom().toString());
        putIfPresent(m, "effectiveTo", v.effectiveTo() == null ? null : v.effectiveTo().toString());
        putIfPresent(m, "nationalCode", v.nationalCode());
        m.put("name", v.name());
        putIfPresent(m, "nameEn", v.nameEn());
        m.put("field", v.field());
        putIfPresent(m, "fieldCode", v.fieldCode());
        m.put("legalBasis", v.legalBasis());
        m.put("competentBody", v.competentBody().name());
        putIfPresent(m, "competentBodyName", v.competentBodyName());
        m.put("agencyCode", v.agencyCode());
        m.put("serviceLevel", v.serviceLevel().name());
        putIfPresent(m, "departmentDays", v.departmentDays());
        m.put("deadlineDays", v.deadlineDays());
        m.put("refusalDays", v.refusalDays());
        Map<String, Object> steps = new LinkedHashMap<>();
        v.steps().forEach((key, budget) -> steps.put(key, Map.of("days", budget.days(), "groups", budget.groups())));
        m.put("steps", steps);
        m.put("escalationGroups", v.escalationGroups());
        m.put("fieldCheck", v.fieldCheck());
        m.put("supplement", Map.of("maxRounds", v.supplement().maxRounds(),
                "answerWithinDays", v.supplement().answerWithinDays()));
        m.put("payment", Map.of("answerWithinDays", v.payment().answerWithinDays()));
        m.put("fees", v.fees().stream().map(f -> Map.of("name", f.name(), "amountVnd", f.amountVnd())).toList());
        m.put("toConfirm", v.toConfirm());
        ApplicantGuide g = v.guide();
        m.put("applicants", g.applicants());
        m.put("conditions", g.conditions());
        m.put("applicantSteps", g.applicantSteps());
        m.put("copies", g.copies());
        m.put("channels", g.channels().stream().map(Enum::name).toList());
        m.put("resultReturn", g.resultReturn().stream().map(Enum::name).toList());
        m.put("components", v.components().stream().map(c -> {
            Map<String, Object> component = new LinkedHashMap<>();
            component.put("code", c.code());
            component.put("name", c.name());
            component.put("required", c.required());
            component.put("fileTypes", c.fileTypes());
            component.put("maxSizeMb", c.maxSizeMb());
            putIfPresent(component, "template", c.template());
            return component;
        }).toList());
        m.put("applicationForm", v.applicationForm());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", v.result().name());
        putIfPresent(result, "numberPrefix", v.result().numberPrefix());
        m.put("result", result);
        return m;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String write(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write catalogue YAML", e);
        }
    }
}
