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
        Map<String, String> procedures = new HashMap<>();
        Map<String, String> unitNames = new HashMap<>();
        Map<String, String> people = new HashMap<>();
        for (KpiQueries.DossierLine l : lines) {
            procedures.computeIfAbsent(l.procedureId(), id -> catalogueName(id, locale)
                    .orElse(l.procedureName() == null || l.procedureName().isBlank() ? id : l.procedureName()));
            unitNames.computeIfAbsent(l.unit(), code -> unit(code, locale));
            people.computeIfAbsent(l.officer(), login -> officer(login, locale));
        }
        return Map.of("procedure", procedures, "unit", unitNames, "officer", people);
    }
}
