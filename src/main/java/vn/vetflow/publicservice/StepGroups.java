package vn.vetflow.publicservice;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;

/**
 * Who may work each step, read from the catalogue version the dossier was filed under. The BPMN asks
 * {@code ${stepGroups.of(execution, 'appraisal')}}, so changing a procedure's groups needs no Java and no
 * new process version.
 */
@Component("stepGroups")
public class StepGroups {

    public static final String ESCALATION = "escalation";

    private final ProcedureCatalogue catalogue;

    StepGroups(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<String> of(VariableScope execution, String step) {
        ProcedureVersion version = catalogue.version((String) execution.getVariable("procedureId"),
                (Integer) execution.getVariable("procedureVersion"));
        if (ESCALATION.equals(step)) {
            return version.escalationGroups();
        }
        return version.step(step)
                .orElseThrow(() -> new IllegalStateException("Procedure " + version.procedureId() + " v"
                        + version.version() + " has no step " + step))
                .groups();
    }
}
