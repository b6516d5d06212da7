package vn.vetflow.workspace;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vetflow.calendar.Timeliness;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.catalogue.StepKeys;
import vn.vetflow.dossier.Attachment;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.forms.FormField;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.shared.DateFormats;

/** Assembles a {@link CaseFile} from the dossier module, the catalogue and the form schema. */
@Component
class CaseFiles {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DossierService dossiers;
    private final ProcedureCatalogue catalogue;
    private final FormRegistry forms;
    private final Deadlines deadlines;
    private final CaseComments comments;
    private final MessageSource messages;
    private final CaseActors actors;

    CaseFiles(DossierService dossiers, ProcedureCatalogue catalogue, FormRegistry forms, Deadlines deadlines,
              CaseComments comments, MessageSource messages, CaseActors actors) {
        this.actors = actors;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.forms = forms;
        this.deadlines = deadlines;
        this.comments = comments;
        this.messages = messages;
    }

    CaseFile of(Dossier dossier, Locale locale) {
        ProcedureVersion version = catalogue.version(dossier.getProcedureId(), dossier.getProcedureVersion());
        return new CaseFile(header(dossier), formValues(version, dossiers.formData(dossier), locale),
                attachments(version, dossiers.attachments(dossier)),
                dossiers.documents(dossier).stream()
                        .map(d -> new CaseFile.Document(d.id(), d.title(), d.number(), date(d.createdAt()), d.ready(),
                                d.signed(), d.signerName(), dateTime(d.signedAt()))).toList(),
                dossiers.supplementRequests(dossier).stream().map(r -> new CaseFile.Supplement(r.getRound(),
                        dateTime(r.getRequestedAt()), actors.name(dossier, r.getRequestedBy(), locale), r.getRequestText(), r.getRequestedItems(),
                        date(r.getDueOn()), dateTime(r.getAnsweredAt()), r.getAnswerNote())).toList(),
                dossiers.history(dossier).stream().map(h -> new CaseFile.Slip(dateTime(h.getAt()),
                        actors.name(dossier, h.getActor(), locale),
                        h.getStep() != null && StepKeys.ALL.contains(h.getStep()) ? "catalogue.step." + h.getStep() : null,
                        actionLabel(h.getAction(), locale), h.getNote(), date(h.getStepDueOn()),
                        h.getTimeliness() == null ? null : h.getTimeliness().messageKey(),
                        colour(h.getTimeliness()))).toList(),
                comments.of(dossier.getCode()).stream()
                        .map(c -> new CaseFile.Comment(dateTime(c.getAt()),
                                actors.name(dossier, c.getUsername(), locale), c.getText())).toList());
    }

    private CaseFile.Header header(Dossier d) {
        LocalDate appointment = d.getAppointmentDate();
        Integer left = appointment == null || d.getStatus().isDone() || d.isClockPaused() ? null
                : deadlines.calendar().workingDaysLeft(deadlines.today(), appointment);
        return new CaseFile.Header(d.getCode(), d.getProcedureName(), d.getSubject(), d.getApplicantName(),
                d.getApplicantIdNumber(), d.getApplicantPhone(), d.getApplicantEmail(), d.getApplicantAddress(),
                "dossier.status." + d.getStatus().name(), dateTime(d.getReceivedAt()), date(appointment), left,
                !d.getStatus().isDone() && deadlines.calendar().isProvisional(appointment) ? appointment.getYear() : null);
    }

    private List<CaseFile.Value> formValues(ProcedureVersion version, Map<String, Object> data, Locale locale) {
        if (version.applicationForm() == null || !forms.exists(version.applicationForm())) {
            return List.of();
        }
        List<CaseFile.Value> values = new ArrayList<>();
        for (FormField field : forms.get(version.applicationForm()).inputs()) {
            Object raw = data.get(field.key());
            if (raw == null || raw.toString().isBlank() || raw instanceof Collection<?> list && list.isEmpty()) {
                continue;
            }
            values.add(new CaseFile.Value(field.label() == null ? field.key() : field.label(), format(field, raw, locale)));
        }
        return values;
    }

    private String format(FormField field, Object raw, Locale locale) {
        return switch (field.type()) {
            case SELECT, RADIO -> optionLabel(field, raw.toString());
            case CHECKLIST -> raw instanceof Collection<?> chosen
                    ? chosen.stream().map(v -> optionLabel(field, String.valueOf(v))).collect(Collectors.joining(", "))
                    : optionLabel(field, raw.toString());
            case CHECKBOX -> messages.getMessage(Boolean.parseBoolean(raw.toString()) ? "casefile.yes" : "casefile.no",
                    null, locale);
            case NUMBER -> number(raw, locale);
            case DATETIME -> isoDate(raw.toString());
            default -> raw.toString();
        };
    }

    /** A form-js date (yyyy-MM-dd) as dd/MM/yyyy; anything else (a date with a time, a typo) as it was typed. */
    static String isoDate(String value) {
        try {
            return DateFormats.date(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private List<CaseFile.File> attachments(ProcedureVersion version, List<Attachment> attachments) {
        return attachments.stream().map(a -> new CaseFile.File(a.getId(),
                version.component(a.getComponentCode()).map(DossierComponent::name).orElse(a.getComponentCode()),
                a.getFileName(), a.getContentType(), preview(a.getContentType()), a.getSupplementRound(),
                dateTime(a.getUploadedAt()), a.isDigitised(), a.getReusedFromDossier())).toList();
    }

    static String preview(String contentType) {
        if ("application/pdf".equals(contentType)) {
            return "pdf";
        }
        if (contentType != null && contentType.startsWith("image/")) {
            return "image";
        }
        return "none";
    }

    private String actionLabel(String action, Locale locale) {
        if (action == null) {
            return "";
        }
        String label = action.matches("[A-Z_]{1,40}")
                ? messages.getMessage("portal.action." + action, null, null, locale)
                : null;
        return label != null ? label : action;
    }

    static String colour(Timeliness timeliness) {
        if (timeliness == null) {
            return "";
        }
        return switch (timeliness) {
            case EARLY -> "text-bg-success";
            case ON_TIME -> "text-bg-primary";
            case LATE -> "text-bg-danger";
        };
    }

    private static String optionLabel(FormField field, String value) {
        return field.values().stream().filter(o -> o.value().equals(value)).map(FormField.Option::label)
                .findFirst().orElse(value);
    }

    private static String number(Object raw, Locale locale) {
        try {
            return NumberFormat.getNumberInstance(locale).format(new BigDecimal(raw.toString()));
        } catch (NumberFormatException e) {
            return raw.toString();
        }
    }

    private String date(LocalDate day) {
        return day == null ? "" : DateFormats.date(day);
    }

    private String date(Instant instant) {
        return instant == null ? "" : DateFormats.date(LocalDate.ofInstant(instant, zone()));
    }

    private String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    private ZoneId zone() {
        return deadlines.calendar().zone();
    }
}
