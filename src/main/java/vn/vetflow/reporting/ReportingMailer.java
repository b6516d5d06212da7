package vn.vetflow.reporting;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.Officers;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.identity.Roles;
import vn.vetflow.institution.Institutions;
import vn.vetflow.notification.MailOutbox;
import vn.vetflow.notification.OutgoingMail;
import vn.vetflow.shared.DateFormats;

/**
 * Mail after the process's timers commit, through the event publication registry and the mail outbox: the
 * reminder to the institution's staff, the overdue notice to the leaders of the unit serving the process.
 */
@Component
class ReportingMailer {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Institutions institutions;
    private final Officers officers;
    private final OrganisationUnits units;
    private final MailOutbox mailer;
    private final MessageSource messages;

    ReportingMailer(Institutions institutions, Officers officers, OrganisationUnits units, MailOutbox mailer,
                    MessageSource messages) {
        this.institutions = institutions;
        this.officers = officers;
        this.units = units;
        this.mailer = mailer;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void reminderDue(ReportReminderDue e) {
        String subject = messages.getMessage("reporting.mail.reminder.subject", new Object[] {e.roundCode()}, VIETNAMESE);
        String body = messages.getMessage("reporting.mail.reminder.body",
                new Object[] {e.roundCode(), DateFormats.date(e.dueOn())}, VIETNAMESE);
        for (String member : institutions.membersOf(e.institutionCode())) {
            officers.email(member).ifPresent(email -> mailer.send(OutgoingMail.text(email, subject, body), e));
        }
    }

    @ApplicationModuleListener
    void overdue(ReportOverdue e) {
        String name = institutions.byCode(e.institutionCode()).map(i -> i.name()).orElse(e.institutionCode());
        String subject = messages.getMessage("reporting.mail.overdue.subject", new Object[] {e.roundCode(), name},
                VIETNAMESE);
        String body = messages.getMessage("reporting.mail.overdue.body",
                new Object[] {name, e.roundCode(), DateFormats.date(e.dueOn())}, VIETNAMESE);
        String unit = units.unitFor(ReportingProcess.KEY, null, null);
        for (String leader : officers.inGroupAndUnit(Roles.LEADER, unit).keySet()) {
            officers.email(leader).ifPresent(email -> mailer.send(OutgoingMail.text(email, subject, body), e));
        }
    }
}
