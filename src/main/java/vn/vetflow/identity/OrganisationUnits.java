package vn.vetflow.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The department's units, read from processes/units.yaml at startup and checked there, so a wrong file
 * stops the application with the reason instead of silently routing tasks nowhere.
 */
@Component
public class OrganisationUnits {

    /** The Camunda group type that marks a group as a unit rather than a role. */
    public static final String GROUP_TYPE = "unit";

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+");

    private final List<OrganisationUnit> units;

    @Autowired
    OrganisationUnits(@Value("${vetflow.units.location:classpath:processes/units.yaml}") Resource file) {
        this(read(file));
    }

    /** Units given directly (tests). */
    public OrganisationUnits(List<OrganisationUnit> units) {
        this.units = List.copyOf(units);
        check();
    }

    public List<OrganisationUnit> all() {
        return units;
    }

    public Optional<OrganisationUnit> find(String code) {
        return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    /** The unit codes among a user's groups. */
    public List<String> among(Collection<String> groups) {
        return units.stream().map(OrganisationUnit::code).filter(groups::contains).toList();
    }

    public String name(String code, Locale locale) {
        return find(code).map(unit -> unit.name(locale)).orElse(code);
    }

    /**
     * The unit that owns a task: the unit serving the whole process, else the unit serving this step of
     * every procedure, else the unit processing the procedure, else the default unit.
     */
    public String unitFor(String processKey, String procedureId, String step) {
        return units.stream().filter(unit -> unit.processes().contains(processKey)).findFirst()
                .or(() -> units.stream().filter(unit -> step != null && unit.steps().contains(step)).findFirst())
                .or(() -> units.stream().filter(unit -> unit.procedures().contains(procedureId)).findFirst())
                .or(() -> units.stream().filter(OrganisationUnit::isDefault).findFirst())
                .map(OrganisationUnit::code)
                .orElseThrow(() -> new IllegalStateException("No unit serves " + processKey + "/" + procedureId
                        + "/" + step + " and processes/units.yaml names no default unit"));
    }

    /**
     * The units that may open a case of this procedure: the one processing it and the desks serving
     * steps of every procedure.
     */
    public java.util.Set<String> unitsServing(String processKey, String procedureId) {
        java.util.Set<String> serving = new java.util.LinkedHashSet<>();
        serving.add(unitFor(processKey, procedureId, null));
        units.stream().filter(unit -> !unit.steps().isEmpty()).map(OrganisationUnit::code).forEach(serving::add);
        return serving;
    }

    private void check() {
        Set<String> codes = new HashSet<>();
        Set<String> procedures = new HashSet<>();
        for (OrganisationUnit unit : units) {
            if (unit.code() == null || !CODE.matcher(unit.code()).matches()) {
                throw new IllegalStateException("units.yaml: unit code '" + unit.code()
                        + "' must be lower-case letters and digits (it is a Camunda group id)");
            }
            if (Roles.ALL.contains(unit.code()) || !codes.add(unit.code())) {
                throw new IllegalStateException("units.yaml: unit code '" + unit.code() + "' is used twice");
            }
            if (unit.name() == null || unit.name().isBlank()) {
                throw new IllegalStateException("units.yaml: unit '" + unit.code() + "' has no name");
            }
            for (String procedure : unit.procedures()) {
                if (!procedures.add(procedure)) {
                    throw new IllegalStateException("units.yaml: procedure " + procedure
                            + " is listed by two units");
                }
            }
        }
        if (units.stream().filter(OrganisationUnit::isDefault).count() != 1) {
            throw new IllegalStateException("units.yaml: exactly one unit must be the default");
        }
    }

    private static List<OrganisationUnit> read(Resource file) {
        ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = file.getInputStream()) {
            return yaml.readValue(in, UnitsFile.class).units().stream()
                    .map(entry -> new OrganisationUnit(entry.code(), entry.name(), entry.nameEn(), entry.steps(),
                            entry.procedures(), entry.processes(), Boolean.TRUE.equals(entry.isDefault())))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the units file " + file + ": " + e.getMessage(), e);
        }
    }

    record UnitsFile(List<UnitEntry> units) {
    }

    record UnitEntry(String code, String name, String nameEn, List<String> steps, List<String> procedures,
                     List<String> processes, @JsonProperty("default") Boolean isDefault) {
    }
}
