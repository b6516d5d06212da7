package vn.vetflow.publicservice;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.dossier.DossierStatusChanged;
import vn.vetflow.notification.MailOutbox;
import vn.vetflow.notification.OutgoingMail;
import vn.vetflow.shared.DateFormats;

/**
 * Tells the applicant by e-mail when their dossier changes in a way that concerns them. Runs after the
 * change committed, so a mail never announces something that was rolled back, and a mail server that is
 * down never undoes an officer's decision; asynchronously, recorded in the event publication registry, so
 * a reaction cut off by a crash is resubmitted.
 */
@Component
class DossierMailNotifier {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Internal hand-overs (processing, processed-then-returned) are not worth a mail. */
    private static final String ANNOUNCED_NAMES = "NEW|RECEIVED|NOT_RECEIVED|SUPPLEMENT_REQUESTED|PAYMENT_REQUIRED"
            + "|STOPPED|RESULT_RETURNED|WITHDRAWN";
    private static final Set<DossierStatus> ANNOUNCED = EnumSet.copyOf(
            Arrays.stream(ANNOUNCED_NAMES.split("\\|")).map(DossierStatus::valueOf).toList());

    /** Notes addressed to the applicant (never an officer's internal appraisal). */
    private static final Set<String> APPLICANT_NOTES = Set.of("NOT_RECEIVED", "SUPPLEMENT_REQUESTED", "STOPPED",
            "WITHDRAWN");

    private final DossierService dossiers;
    private final MailOutbox mailer;
    private final MessageSource messages;
    private final PublicServiceProperties properties;

    DossierMailNotifier(DossierService dossiers, MailOutbox mailer, MessageSource messages,
                        PublicServiceProperties properties) {
        this.dossiers = dossiers;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
    }

    /** The condition keeps the other changes out of the event publication registry: no row for nothing to do. */
    @ApplicationModuleListener(condition = "#root.args[0].to() != null and #root.args[0].to().name() matches '"
            + ANNOUNCED_NAMES + "'")
    void statusChanged(DossierStatusChanged change) {
        if (!ANNOUNCED.contains(change.to())) {
            return;
        }
        Dossier dossier = dossiers.find(change.code()).orElse(null);
        if (dossier == null || dossier.getApplicantEmail() == null || dossier.getApplicantEmail().isBlank()) {
            return;
        }
        // A mail server that is down delays the mail (outbox, retried); the change stands either way.
        mailer.send(OutgoingMail.text(dossier.getApplicantEmail(),
                text("dossier.mail.subject", dossier.getCode(), text(change.to().messageKey())),
                body(dossier, change)), change);
    }

    private String body(Dossier dossier, DossierStatusChanged change) {
        StringBuilder body = new StringBuilder();
        body.append(text("dossier.mail.greeting", dossier.getApplicantName())).append("\n\n");
        body.append(text("dossier.mail.status", dossier.getCode(), dossier.getProcedureName(),
                text(change.to().messageKey()))).append("\n");
        if (dossier.getAppointmentDate() != null && change.to() != DossierStatus.RESULT_RETURNED) {
            body.append(text("dossier.mail.appointment", DateFormats.date(dossier.getAppointmentDate()))).append("\n");
        }
        dossiers.lastHistoryEntry(dossier)
                .filter(last -> last.getNote() != null && APPLICANT_NOTES.contains(last.getAction()))
                .ifPresent(last -> body.append("\n").append(text("dossier.mail.note")).append("\n")
                        .append(last.getNote()).append("\n"));
        body.append("\n").append(text("dossier.mail.link", properties.lookupUrl() + "my/dossiers/" + dossier.getCode()))
                .append("\n\n").append(text("dossier.mail.signature"));
        return body.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, VIETNAMESE);
    }
}
