package vn.vetflow.reporting;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.tasks.TaskSubject;
import vn.vetflow.tasks.TaskSubjects;

/**
 * Report reviews in the officers' work list: the round, the unit serving the process; the list opens them on
 * the reporting pages ({@code /reporting/tasks/{id}}).
 */
@Component
class ReportingTaskSubjects implements TaskSubjects {

    private final ReportingStore store;
    private final OrganisationUnits units;
    private final MessageSource messages;

    ReportingTaskSubjects(ReportingStore store, OrganisationUnits units, MessageSource messages) {
        this.store = store;
        this.units = units;
        this.messages = messages;
    }

    @Override
    public boolean describes(String processDefinitionKey) {
        return ReportingProcess.KEY.equals(processDefinitionKey);
    }

    @Override
    public TaskSubject describe(String businessKey, String taskDefinitionKey) {
        Round round = store.round(businessKey).orElseThrow();
        // Stored in the read model once, in the Department's language (as procedure names are).
        String title = messages.getMessage("reporting.task.title", new Object[] {round.code()},
                java.util.Locale.forLanguageTag("vi"));
        return new TaskSubject("report", title, null,
                units.unitFor(ReportingProcess.KEY, null, null), round.openedAt());
    }
}
