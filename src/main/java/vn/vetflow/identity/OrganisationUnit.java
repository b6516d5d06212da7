package vn.vetflow.identity;

import java.util.List;
import java.util.Locale;

/**
 * One unit of the department (processes/units.yaml): which steps, procedures or processes it serves.
 * Its code is also a Camunda group of type {@value OrganisationUnits#GROUP_TYPE}.
 */
public record OrganisationUnit(String code, String name, String nameEn, List<String> steps, List<String> procedures,
                               List<String> processes, boolean isDefault) {

    public OrganisationUnit {
        steps = steps == null ? List.of() : List.copyOf(steps);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        processes = processes == null ? List.of() : List.copyOf(processes);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
