package vn.vetflow.portal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Attachment;
import vn.vetflow.dossier.DocumentSummary;
import vn.vetflow.forms.FormField;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.shared.DateFormats;

/** What a dossier holds, as its page shows it: the form as filed, the attachments and the documents. */
@Component
class DossierContents {

    /** A filled-in field: its label from the form schema and its value formatted for people. */
    record FormValue(String label, String value) {
    }

    /** A filed file; {@code round} 0 is the submission, 1 and up a supplement. */
    record AttachmentView(Long id, String componentName, String fileName, String size, int round, String uploaded) {
    }

    /** An issued document (receipt, supplement request, result …). */
    /** An issued document; {@code ready} false while its PDF is being made, {@code signedAt} when signed. */
    record DocumentView(Long id, String title, String number, String issued, boolean ready, boolean signed,
                        String signerName, String signedAt) {
    }

    /** One upload slot of the supplement form: a component of the procedure and what it accepts. */
    record UploadSlot(String code, String name, boolean required, String accept, String fileTypes, int maxSizeMb) {
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final FormRegistry forms;
    private final PortalViews views;

    DossierContents(FormRegistry forms, PortalViews views) {
        this.forms = forms;
        this.views = views;
    }

    /** The application form's values in the form's order, labelled by its schema; empty fields left out. */
    List<FormValue> formValues(ProcedureVersion version, Map<String, Object> data, Locale locale) {
        if (version.applicationForm() == null || !forms.exists(version.applicationForm())) {
            return List.of();
        }
        List<FormValue> values = new ArrayList<>();
        for (FormField field : forms.get(version.applicationForm()).inputs()) {
            Object raw = data.get(field.key());
            if (raw == null || raw.toString().isBlank() || raw instanceof Collection<?> list && list.isEmpty()) {
                continue;
            }
            values.add(new FormValue(field.label() == null ? field.key() : field.label(), format(field, raw, locale)));
        }
        return values;
    }

    String format(FormField field, Object raw, Locale locale) {
        return switch (field.type()) {
            case SELECT, RADIO -> optionLabel(field, raw.toString());
            case CHECKLIST -> raw instanceof Collection<?> chosen
                    ? chosen.stream().map(v -> optionLabel(field, String.valueOf(v))).collect(Collectors.joining(", "))
                    : optionLabel(field, raw.toString());
            case CHECKBOX -> views.message(Boolean.parseBoolean(raw.toString()) ? "portal.yes" : "portal.no", locale);
            case NUMBER -> number(raw, locale);
            case DATETIME -> dateTime(field, raw.toString());
            default -> raw.toString();
        };
    }

    List<AttachmentView> attachments(ProcedureVersion version, List<Attachment> attachments, Locale locale) {
        return attachments.stream().map(a -> new AttachmentView(a.getId(),
                version.component(a.getComponentCode()).map(DossierComponent::name).orElse(a.getComponentCode()),
                a.getFileName(), size(a.getSizeBytes(), locale), a.getSupplementRound(), views.dateTime(a.getUploadedAt())))
                .toList();
    }

    List<DocumentView> documents(List<DocumentSummary> documents) {
        return documents.stream()
                .map(d -> new DocumentView(d.id(), d.title(), d.number(), views.date(d.createdAt()), d.ready(),
                        d.signed(), d.signerName(), d.signed() ? views.dateTime(d.signedAt()) : null))
                .toList();
    }

    static List<UploadSlot> uploadSlots(ProcedureVersion version) {
        return version.components().stream().map(c -> new UploadSlot(c.code(), c.name(), c.required(),
                c.fileTypes().stream().map(type -> "." + type).collect(Collectors.joining(",")),
                String.join(", ", c.fileTypes()), c.maxSizeMb())).toList();
    }

    static String size(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return number.format(bytes) + " B";
        }
        if (bytes < 1024 * 1024) {
            return number.format(bytes / 1024.0) + " KB";
        }
        return number.format(bytes / (1024.0 * 1024.0)) + " MB";
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

    /** Dates as dd/MM/yyyy, date-times as dd/MM/yyyy HH:mm; anything unreadable as it was typed. */
    private static String dateTime(FormField field, String raw) {
        try {
            if (FormField.TIME.equals(field.dateSubtype())) {
                return raw;
            }
            if (FormField.DATETIME.equals(field.dateSubtype()) && raw.length() > 10) {
                return DATE_TIME.format(LocalDateTime.parse(raw.length() > 16 ? raw.substring(0, 16) : raw));
            }
            return DateFormats.date(DateFormats.parse(raw));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return raw;
        }
    }
}
