package vn.vetflow.inspection;

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
import vn.vetflow.shared.DateFormats;

/**
 * Tells the leaders of the unit serving inspections, by mail once the step commits, that a limit passed;
 * only those who keep "mail on escalation" on their settings page. Asynchronous and recorded in the event
 * publication registry: a reaction cut off by a crash is resubmitted.
 */
@Component
class InspectionEscalationMailer {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Officers officers;
    private final OfficerMailPreferences preferences;
    private final OrganisationUnits units;
    private final MailOutbox mailer;
    private final MessageSource messages;

    InspectionEscalationMailer(Officers officers, OfficerMailPreferences preferences, OrganisationUnits units,
                               MailOutbox mailer, MessageSource messages) {
        this.officers = officers;
        this.preferences = preferences;
        this.units = units;
        this.mailer = mailer;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void escalated(InspectionEscalated e) {
        String unit = units.unitFor(InspectionProcess.KEY, null, null);
        String limit = messages.getMessage("inspection.deadline." + Deadline.limitOf(e.kind()),
                new Object[] {""}, e.kind(), VIETNAMESE);
        String subject = messages.getMessage("inspection.mail.escalated.subject", new Object[] {e.code()},
                VIETNAMESE);
        String body = messages.getMessage("inspection.mail.escalated.body", new Object[] {e.code(),
                e.institutionName(), limit, DateFormats.date(e.dueOn())}, VIETNAMESE);
        for (String leader : officers.inGroupAndUnit(Roles.LEADER, unit).keySet()) {
            if (!preferences.of(leader).mailOnEscalation()) {
                continue;
            }
            // Through the outbox: a mail server that is down delays the mail (retried with back-off).
            officers.email(leader).ifPresent(email -> mailer.send(OutgoingMail.text(email, subject, body), e));
        }
    }
}
