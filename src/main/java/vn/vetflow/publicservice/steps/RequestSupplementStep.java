package vn.vetflow.publicservice.steps;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.SupplementRule;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.publicservice.SupplementRoundsExhaustedException;

/**
 * The applicant is asked to supplement (form 02), at reception or during appraisal. After receipt the
 * legal clock pauses: the deadline timers are suspended until the answer comes.
 */
@Component("requestSupplement")
class RequestSupplementStep extends DossierStep {

    RequestSupplementStep(StepSupport support) {
        super(support, null);
    }

    @Override
    protected void apply(DelegateExecution execution, Dossier dossier, Actor actor) {
        boolean atReception = "Task_RequestSupplementAtReception".equals(execution.getCurrentActivityId());
        String step = atReception ? "reception" : "appraisal";
        String text = text(execution, atReception ? "decisionNote" : "appraisalNote");
        SupplementRule rule = version(dossier).supplement();
        if (dossier.getSupplementRounds() >= rule.maxRounds()) {
            throw new SupplementRoundsExhaustedException(dossier.getCode(), rule.maxRounds());
        }
        LocalDate today = support.deadlines().today();
        LocalDate dueOn = support.deadlines().addWorkingDays(today, rule.answerWithinDays());
        dossier.requestSupplement(actor.inStep(step), support.deadlines().now(), today, text);
        List<String> items = items(text);
        support.dossiers().openSupplementRequest(dossier, step, actor.username(), text, items, dueOn);
        support.documents().supplementRequest(dossier, actor.inStep(step), text, items, dueOn);
        execution.setVariable("supplementDueDate", support.deadlines().endOf(dueOn));
        if (dossier.isReceived()) {
            support.timers().pause(execution.getProcessInstanceId());
        }
    }

    /** Officers list what is missing one item per line. */
    private static List<String> items(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
