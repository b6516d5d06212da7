package vn.vetflow.workspace;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.OfficerMailPreferences;
import vn.vetflow.identity.Officers;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.identity.Roles;
import vn.vetflow.notification.MailOutbox;
import vn.vetflow.notification.OutgoingMail;
import vn.vetflow.publicservice.DossierEscalated;
import vn.vetflow.publicservice.PublicServiceProperties;
import vn.vetflow.shared.DateFormats;
import vn.vetflow.tasks.TaskAssigneeChanged;

/**
 * E-mails officers when work is given to them by somebody else (a leader, a substitution) and leaders of
 * the unit when a dossier is escalated, each as the officer chose on their settings page. Sent after
 * commit (a rolled-back assignment sends nothing), asynchronously, recorded in the event publication
 * registry: a reaction cut off by a crash is resubmitted.
 */
@Component
class OfficerMailNotifier {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final OfficerMailPreferences preferences;
    private final Officers officers;
    private final OrganisationUnits units;
    private final MailOutbox mailer;
    private final MessageSource messages;
    private final PublicServiceProperties properties;

    OfficerMailNotifier(OfficerMailPreferences preferences, Officers officers, OrganisationUnits units, MailOutbox mailer,
                        MessageSource messages, PublicServiceProperties properties) {
        this.preferences = preferences;
        this.officers = officers;
        this.units = units;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void assigned(TaskAssigneeChanged change) {
        String assignee = change.assignee();
        if (assignee == null || assignee.equals(actor(change)) || !preferences.of(assignee).mailOnAssignment()) {
            return;
        }
        String url = properties.lookupUrl() + ("inspection".equals(change.kind())
                ? "workspace/inspections/tasks/" : "workspace/tasks/") + change.taskId();
        send(change, assignee, text("workspace.mail.assigned.subject", change.businessKey(), change.stepName()),
                text("workspace.mail.assigned.body", change.businessKey(), change.title(), change.stepName(), url));
    }

    @ApplicationModuleListener
    void escalated(DossierEscalated escalation) {
        String unit = units.unitFor("public-service", escalation.procedureId(), null);
        for (String leader : officers.inGroupAndUnit(Roles.LEADER, unit).keySet()) {
            if (preferences.of(leader).mailOnEscalation()) {
                send(escalation, leader, text("workspace.mail.escalated.subject", escalation.dossierCode()),
                        text("workspace.mail.escalated.body", escalation.dossierCode(), escalation.procedureName(),
                                DateFormats.date(escalation.appointment()), properties.lookupUrl() + "workspace?tab=overdue"));
            }
        }
    }

    /** Through the outbox: a mail server that is down delays the mail, the work is assigned all the same. */
    private void send(Object event, String username, String subject, String body) {
        officers.email(username).ifPresent(email -> mailer.send(OutgoingMail.text(email, subject, body), event));
    }

    /** Who acted, as taken on the acting thread (this listener runs later on another one). */
    private static String actor(TaskAssigneeChanged change) {
        return change.engineUser();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, VIETNAMESE);
    }
}
