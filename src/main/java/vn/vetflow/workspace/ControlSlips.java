package vn.vetflow.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.catalogue.StepKeys;
import vn.vetflow.documents.DocumentType;
import vn.vetflow.documents.PdfDocumentRenderer;
import vn.vetflow.dossier.Attachment;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierHistoryEntry;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.shared.AgencyProperties;
import vn.vetflow.shared.DateFormats;

/**
 * Form 06, the process control slip, as a PDF: one row per entry of the dossier's history, with the
 * officer's full name (never a login), when it happened, the step's due date and early / on time / late.
 * Printed in Vietnamese whatever the reader's locale, like every official form, and rendered on request
 * (it changes with every step, so it is not an issued, numbered document). Components reused from the
 * applicant's data store are listed with the dossier they came from (issue 17).
 */
@Component
class ControlSlips {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter TIME_AND_DATE = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");

    private final DossierService dossiers;
    private final CaseActors actors;
    private final MessageSource messages;
    private final AgencyProperties agency;
    private final Deadlines deadlines;
    private final PdfDocumentRenderer renderer;
    private final ProcedureCatalogue catalogue;

    ControlSlips(DossierService dossiers, CaseActors actors, MessageSource messages, AgencyProperties agency,
                 Deadlines deadlines, PdfDocumentRenderer renderer, ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
        this.dossiers = dossiers;
        this.actors = actors;
        this.messages = messages;
        this.agency = agency;
        this.deadlines = deadlines;
        this.renderer = renderer;
    }

    byte[] pdf(Dossier dossier) {
        return renderer.render(DocumentType.CONTROL_SLIP, model(dossier));
    }

    Map<String, Object> model(Dossier dossier) {
        Map<String, Object> model = new HashMap<>();
        model.put("agencyParent", agency.parentName());
        model.put("agencyName", agency.name());
        model.put("place", agency.place());
        LocalDate today = deadlines.today();
        model.put("issuedDay", "%02d".formatted(today.getDayOfMonth()));
        model.put("issuedMonth", "%02d".formatted(today.getMonthValue()));
        model.put("issuedYear", Integer.toString(today.getYear()));
        model.put("dossierCode", dossier.getCode());
        model.put("procedureName", dossier.getProcedureName());
        model.put("applicantName", dossier.getApplicantName());
        model.put("applicantIdNumber", dossier.getApplicantIdNumber());
        model.put("applicantAddress", dossier.getApplicantAddress());
        model.put("receivedAt", time(dossier.getReceivedAt()));
        model.put("appointmentDate", dossier.getAppointmentDate() == null ? null
                : DateFormats.date(dossier.getAppointmentDate()));
        model.put("printedAt", time(deadlines.now()));
        List<DossierHistoryEntry> history = dossiers.history(dossier);
        model.put("slipRows", history.stream().map(entry -> row(dossier, entry)).toList());
        model.put("reusedComponents", reusedComponents(dossier));
        model.values().removeIf(value -> value == null);
        return model;
    }

    /** The components taken from the applicant's data store, each with the dossier it was reused from. */
    private List<Map<String, String>> reusedComponents(Dossier dossier) {
        List<Attachment> reused = dossiers.attachments(dossier).stream().filter(Attachment::isReused).toList();
        if (reused.isEmpty()) {
            return null;
        }
        ProcedureVersion version = catalogue.version(dossier.getProcedureId(), dossier.getProcedureVersion());
        return reused.stream().map(a -> Map.of(
                "name", version.component(a.getComponentCode()).map(DossierComponent::name).orElse(a.getComponentCode()),
                "fileName", a.getFileName(),
                "from", a.getReusedFromDossier())).toList();
    }

    private Map<String, String> row(Dossier dossier, DossierHistoryEntry entry) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("step", entry.getStep() != null && StepKeys.ALL.contains(entry.getStep())
                ? message("catalogue.step." + entry.getStep(), entry.getStep()) : "");
        row.put("actor", actors.name(dossier, entry.getActor(), VIETNAMESE));
        row.put("action", entry.getAction() != null && entry.getAction().matches("[A-Z_]{1,40}")
                ? message("portal.action." + entry.getAction(), entry.getAction())
                : entry.getAction() == null ? "" : entry.getAction());
        if (entry.getNote() != null && !entry.getNote().isBlank()) {
            row.put("note", entry.getNote());
        }
        row.put("at", time(entry.getAt()));
        row.put("dueOn", entry.getStepDueOn() == null ? "" : DateFormats.date(entry.getStepDueOn()));
        row.put("timeliness", entry.getTimeliness() == null ? "" : message(entry.getTimeliness().messageKey(), ""));
        return row;
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, VIETNAMESE);
    }

    private String time(Instant instant) {
        return instant == null ? null : TIME_AND_DATE.format(instant.atZone(zone()));
    }

    private ZoneId zone() {
        return deadlines.calendar().zone();
    }
}
