package vn.vetflow.portal;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.StepKeys;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierHistoryEntry;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.shared.DateFormats;
import vn.vetflow.shared.Violation;

/**
 * Turns dossiers into what the portal's pages show: labels from the bundles, dates as dd/MM/yyyy in
 * Vietnamese time, status colours, and a timeline an applicant may read.
 */
@Component
class PortalViews {

    /** A dossier as a row of a list or the header of its page; every value ready to print. */
    record DossierView(String code, String procedureName, String subject, String statusLabel, String tone,
                       String submitted, String received, String appointment, String waitingKey,
                       Integer provisionalYear) {
    }

    /** One line of the timeline: when, what, in which step, and a note addressed to the applicant. */
    record TimelineEntry(String at, String label, String step, String note) {
    }

    /**
     * The actions whose note is addressed to the applicant: the supplement request, the reasons of a
     * refusal or a stop, the apology for a new date and the applicant's own withdrawal reason. Every other
     * note (appraisal, approval, field check, warnings) is the officers' own and stays internal.
     */
    static final Set<String> NOTES_FOR_THE_APPLICANT = Set.of("SUPPLEMENT_REQUESTED", "NOT_RECEIVED", "REFUSED",
            "STOPPED", "RESCHEDULED", "APPOINTMENT_RECALCULATED", "WITHDRAWN");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessageSource messages;
    private final ZoneId zone;
    private final Deadlines deadlines;

    PortalViews(MessageSource messages, Deadlines deadlines) {
        this.messages = messages;
        this.deadlines = deadlines;
        this.zone = deadlines.calendar().zone();
    }

    DossierView view(Dossier dossier, Locale locale) {
        return new DossierView(dossier.getCode(), dossier.getProcedureName(), dossier.getSubject(),
                statusLabel(dossier.getStatus(), locale), tone(dossier.getStatus()), date(dossier.getSubmittedAt()),
                date(dossier.getReceivedAt()), DateFormats.date(dossier.getAppointmentDate()), waitingKey(dossier),
                provisionalYear(dossier));
    }

    /** The appointment's year while its calendar is not confirmed (the date may still move); null otherwise. */
    private Integer provisionalYear(Dossier dossier) {
        LocalDate appointment = dossier.getAppointmentDate();
        return appointment != null && !dossier.getStatus().isDone() && deadlines.calendar().isProvisional(appointment)
                ? appointment.getYear() : null;
    }

    String statusLabel(DossierStatus status, Locale locale) {
        return messages.getMessage(status.messageKey(), null, status.name(), locale);
    }

    /** Bootstrap colour of a status: done, paused, ended without a result, or running. */
    static String tone(DossierStatus status) {
        if (status.isDone()) {
            return "success";
        }
        if (status.isPaused()) {
            return "warning";
        }
        return status.isFinal() ? "secondary" : "primary";
    }

    /** What the applicant has to do or may fetch now, as a message key; {@code null} when nothing. */
    static String waitingKey(Dossier dossier) {
        return switch (dossier.getStatus()) {
            case SUPPLEMENT_REQUESTED -> "portal.waiting.supplement";
            case PAYMENT_REQUIRED -> dossier.isPaid() ? null : "portal.waiting.payment";
            case RESULT_RETURNED -> "portal.waiting.result";
            default -> null;
        };
    }

    /**
     * Every history entry with a human label. Officers' names never appear; notes only when they are
     * addressed to the applicant and {@code withNotes} is set (the public look-up shows none).
     */
    List<TimelineEntry> timeline(List<DossierHistoryEntry> history, boolean withNotes, Locale locale) {
        return history.stream().map(entry -> new TimelineEntry(dateTime(entry.getAt()), actionLabel(entry.getAction(), locale),
                stepLabel(entry.getStep(), locale),
                withNotes && NOTES_FOR_THE_APPLICANT.contains(entry.getAction()) ? blankToNull(entry.getNote()) : null))
                .toList();
    }

    String actionLabel(String action, Locale locale) {
        // Decisions of some steps are free values (a submission number, a date): they get the general label.
        String label = action != null && action.matches("[A-Z_]{1,40}")
                ? messages.getMessage("portal.action." + action, null, null, locale)
                : null;
        return label != null ? label : messages.getMessage("portal.action.other", null, locale);
    }

    private String stepLabel(String step, Locale locale) {
        return step != null && StepKeys.ALL.contains(step)
                ? messages.getMessage("catalogue.step." + step, null, step, locale)
                : null;
    }

    String message(Violation violation, Locale locale) {
        return messages.getMessage(violation.messageKey(), violation.args().toArray(), violation.messageKey(), locale);
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String date(Instant instant) {
        return instant == null ? "" : DateFormats.date(LocalDate.ofInstant(instant, zone));
    }

    String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** An amount of dong with the locale's grouping: 1.500.000 in Vietnamese, 1,500,000 in English. */
    static String money(long amountVnd, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(amountVnd);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
