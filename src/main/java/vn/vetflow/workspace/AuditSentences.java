package vn.vetflow.workspace;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vetflow.audit.AuditAction;
import vn.vetflow.audit.AuditEvent;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.identity.Officers;
import vn.vetflow.shared.DateFormats;

/**
 * Turns the case's audit events into lines for people: who by full name (never a login) and a sentence
 * in the page's language from the bundles, naming the document, the file or the step concerned instead
 * of the internal ids the trail keeps for investigators.
 */
@Component
class AuditSentences {

    private static final Pattern DOCUMENT = Pattern.compile("document (\\d+)");
    private static final Pattern ATTACHMENT = Pattern.compile("attachment (\\d+)");
    /** "task <id> <step name>", then " to <login>" or " from <login>" (TaskAssignmentAudit). */
    private static final Pattern TASK = Pattern.compile("task \\S+ (.+?)(?: (?:to|from) (\\S+))?");

    private final Officers officers;
    private final MessageSource messages;

    AuditSentences(Officers officers, MessageSource messages) {
        this.officers = officers;
        this.messages = messages;
    }

    TaskPageController.AuditLine line(AuditEvent event, Dossier dossier, CaseFile caseFile, Locale locale) {
        return new TaskPageController.AuditLine(DateFormats.dateTime(event.getAt()),
                who(event.getUsername(), dossier, locale), event.getAction(),
                sentence(event, caseFile, dossier, locale), event.getClientAddress());
    }

    /** The officer's full name, the applicant's name for their own acts, or a neutral word. */
    String who(String username, Dossier dossier, Locale locale) {
        if (username == null || Actor.SYSTEM.equals(username)) {
            return message("casefile.audit.who.system", locale);
        }
        if (username.equals(dossier.getApplicantUsername())) {
            return dossier.getApplicantName();
        }
        return officers.knownFullName(username).orElseGet(() -> message("casefile.audit.who.unknown", locale));
    }

    private String sentence(AuditEvent event, CaseFile caseFile, Dossier dossier, Locale locale) {
        String action = event.getAction();
        String detail = event.getDetail() == null ? "" : event.getDetail();
        String plain = messages.getMessage("audit.action." + action, null, action, locale);
        switch (action) {
            case AuditAction.DOCUMENT_DOWNLOADED -> {
                if ("control slip".equals(detail)) {
                    return message("casefile.audit.sentence.controlSlip", locale);
                }
                return number(DOCUMENT, detail).flatMap(id -> caseFile.documents().stream()
                                .filter(d -> d.id().equals(id)).findFirst())
                        .map(d -> message("casefile.audit.sentence.document", locale,
                                d.number() == null ? d.title() : d.title() + " (" + d.number() + ")"))
                        .orElse(plain);
            }
            case AuditAction.ATTACHMENT_DOWNLOADED -> {
                return number(ATTACHMENT, detail).flatMap(id -> caseFile.attachments().stream()
                                .filter(a -> a.id().equals(id)).findFirst())
                        .map(a -> message("casefile.audit.sentence.attachment", locale, a.fileName()))
                        .orElse(plain);
            }
            case AuditAction.TASK_CLAIMED, AuditAction.TASK_RELEASED, AuditAction.TASK_ASSIGNED -> {
                Matcher task = TASK.matcher(detail);
                if (!task.matches()) {
                    return plain;
                }
                String key = "casefile.audit.sentence." + action;
                String other = task.group(2) == null ? "" : who(task.group(2), dossier, locale);
                return message(key, locale, task.group(1), other);
            }
            default -> {
                // The other actions' details hold ids or codes for investigators only.
                return plain;
            }
        }
    }

    private static Optional<Long> number(Pattern pattern, String detail) {
        Matcher matcher = pattern.matcher(detail);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
