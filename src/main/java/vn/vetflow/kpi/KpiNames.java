package vn.vetflow.kpi;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.Procedure;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.identity.Officers;
import vn.vetflow.identity.OrganisationUnits;

/**
 * What the drill-down lists and the one-stop table show instead of codes: procedure and unit names, officers by
 * full name (never the login), and "not assigned yet" for a dossier nobody took.
 */
@Component
class KpiNames {

    private final ProcedureCatalogue catalogue;
    private final OrganisationUnits units;
    private final Officers officers;
    private final MessageSource messages;

    KpiNames(ProcedureCatalogue catalogue, OrganisationUnits units, Officers officers, MessageSource messages) {
        this.catalogue = catalogue;
        this.units = units;
        this.officers = officers;
        this.messages = messages;
    }

    /** The procedure's name in its latest version; the id when the catalogue does not know it. */
    String procedure(String id, Locale locale) {
        return catalogueName(id, locale).orElse(id);
    }

    private java.util.Optional<String> catalogueName(String id, Locale locale) {
        return catalogue.all().stream().filter(p -> p.id().equals(id)).findFirst().map(Procedure::versions)
                .filter(versions -> !versions.isEmpty()).map(versions -> versions.get(versions.size() - 1))
                .map(v -> "en".equals(locale.getLanguage()) && v.nameEn() != null ? v.nameEn() : v.name());
    }

    String unit(String code, Locale locale) {
        return units.name(code, locale);
    }

    String officer(String login, Locale locale) {
        if (login == null || login.isBlank() || DossierFact.NOBODY.equals(login)) {
            return messages.getMessage("kpi.officer.nobody", null, locale);
        }
        return officers.fullName(login);
    }

    /**
     * The names of the one-stop table's group keys, by key: procedures from one pass over the catalogue, officers
     * from one query of the identity service (not one a row).
     */
    Map<String, String> groups(KpiQueries.Dimension dimension, java.util.Collection<String> keys, Locale locale) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        switch (dimension) {
            case PROCEDURE -> {
                Map<String, String> catalogueNames = catalogueNames(locale);
                keys.forEach(key -> names.put(key, catalogueNames.getOrDefault(key, key)));
            }
            case OFFICER -> {
                Map<String, String> people = officers(keys, locale);
                keys.forEach(key -> names.put(key, people.get(key)));
            }
            default -> keys.forEach(key -> names.put(key, group(dimension, key, locale)));
        }
        return names;
    }

    /** Every procedure's name in its latest version, by id. */
    private Map<String, String> catalogueNames(Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (Procedure p : catalogue.all()) {
            if (!p.versions().isEmpty()) {
                var v = p.versions().get(p.versions().size() - 1);
                names.put(p.id(), "en".equals(locale.getLanguage()) && v.nameEn() != null ? v.nameEn() : v.name());
            }
        }
        return names;
    }

    /** {@link #officer} of each login, with one query for all of them. */
    private Map<String, String> officers(java.util.Collection<String> logins, Locale locale) {
        Map<String, String> names = new HashMap<>(officers.fullNames(logins.stream()
                .filter(login -> !(login == null || login.isBlank() || DossierFact.NOBODY.equals(login))).toList()));
        for (String login : logins) {
            if (login == null || login.isBlank() || DossierFact.NOBODY.equals(login)) {
                names.put(login, messages.getMessage("kpi.officer.nobody", null, locale));
            }
        }
        return names;
    }

    /** The name of a group key of the one-stop table, by dimension. */
    String group(KpiQueries.Dimension dimension, String key, Locale locale) {
        return switch (dimension) {
            case PROCEDURE -> procedure(key, locale);
            case UNIT -> unit(key, locale);
            case OFFICER -> officer(key, locale);
            case ALL -> key;
        };
    }

    /** Names for every code of the lines, looked up once each: procedure, unit and officer maps by code. */
    Map<String, Map<String, String>> of(List<KpiQueries.DossierLine> lines, Locale locale) {
        Map<String, String> catalogueNames = catalogueNames(locale);
        Map<String, String> procedures = new HashMap<>();
        Map<String, String> unitNames = new HashMap<>();
        for (KpiQueries.DossierLine l : lines) {
            procedures.computeIfAbsent(l.procedureId(), id -> catalogueNames.containsKey(id) ? catalogueNames.get(id)
                    : l.procedureName() == null || l.procedureName().isBlank() ? id : l.procedureName());
            unitNames.computeIfAbsent(l.unit(), code -> unit(code, locale));
        }
        Map<String, String> people = officers(lines.stream().map(KpiQueries.DossierLine::officer)
                .collect(java.util.stream.Collectors.toSet()), locale);
        return Map.of("procedure", procedures, "unit", unitNames, "officer", people);
    }
}
