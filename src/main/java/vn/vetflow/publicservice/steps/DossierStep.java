package vn.vetflow.publicservice.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.publicservice.StepActor;

/**
 * A service task of the public-service process: loads the dossier named by the business key, lets the
 * step change it, saves it. All in the engine's transaction, so a failing step rolls back with the
 * officer's action that triggered it.
 */
abstract class DossierStep implements JavaDelegate {

    protected final StepSupport support;
    private final String step;

    DossierStep(StepSupport support, String step) {
        this.support = support;
        this.step = step;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        Dossier dossier = support.dossiers().get(execution.getProcessBusinessKey());
        apply(execution, dossier, StepActor.of(execution, step));
        support.dossiers().save(dossier);
    }

    protected abstract void apply(DelegateExecution execution, Dossier dossier, Actor actor);

    protected ProcedureVersion version(Dossier dossier) {
        return support.catalogue().version(dossier.getProcedureId(), dossier.getProcedureVersion());
    }

    protected static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null ? null : value.toString();
    }
}
