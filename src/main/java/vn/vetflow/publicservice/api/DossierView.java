package vn.vetflow.publicservice.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.vetflow.dossier.Attachment;
import vn.vetflow.dossier.DocumentSummary;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierHistoryEntry;
import vn.vetflow.dossier.SupplementRequest;

/** A dossier as the API shows it to its applicant or an officer: status, dates, history, documents. */
record DossierView(String code, String procedureId, int procedureVersion, String procedureName, String subject,
                   int status, String statusName, String statusLabel, String channel, Instant submittedAt,
                   Instant receivedAt, LocalDate appointmentDate, LocalDate originalAppointmentDate,
                   boolean clockPaused, int supplementRounds, long feeAmount, boolean paid, String outcome,
                   String resultNumber, Instant returnedAt, String currentStep,
                   SupplementRequestView openSupplementRequest, List<HistoryView> history,
                   List<DocumentView> documents, List<AttachmentView> attachments, Map<String, Object> formData) {

    record HistoryView(Instant at, String actor, String step, String action, int status, String note,
                       Instant stepStartedAt, LocalDate stepDueOn, String timeliness) {
        static HistoryView of(DossierHistoryEntry e) {
            return new HistoryView(e.getAt(), e.getActor(), e.getStep(), e.getAction(), e.getStatus().code(),
                    e.getNote(), e.getStepStartedAt(), e.getStepDueOn(),
                    e.getTimeliness() == null ? null : e.getTimeliness().name());
        }
    }

    /**
     * An issued document. {@code state}: PREPARING while its PDF is being rendered and signed (the
     * download answers 503 with Retry-After), SIGNED when it carries a verified signature, UNSIGNED
     * otherwise.
     */
    record DocumentView(Long id, String type, String number, String title, int version, Instant createdAt,
                        String state, String signerName, Instant signedAt, String href) {
    }

    record AttachmentView(Long id, String componentCode, String fileName, long sizeBytes, String sha256,
                          int supplementRound, Instant uploadedAt) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getId(), a.getComponentCode(), a.getFileName(), a.getSizeBytes(),
                    a.getSha256(), a.getSupplementRound(), a.getUploadedAt());
        }
    }

    record SupplementRequestView(int round, String requestText, List<String> requestedItems, LocalDate dueOn,
                                 Instant requestedAt) {
        static SupplementRequestView of(SupplementRequest r) {
            return new SupplementRequestView(r.getRound(), r.getRequestText(), r.getRequestedItems(), r.getDueOn(),
                    r.getRequestedAt());
        }
    }

    static DossierView of(Dossier d, String statusLabel, SupplementRequest open, List<DossierHistoryEntry> history,
                          List<DocumentSummary> documents, List<Attachment> attachments, Map<String, Object> formData) {
        return new DossierView(d.getCode(), d.getProcedureId(), d.getProcedureVersion(), d.getProcedureName(),
                d.getSubject(), d.getStatus().code(), d.getStatus().name(), statusLabel, d.getChannel().name(),
                d.getSubmittedAt(), d.getReceivedAt(), d.getAppointmentDate(), d.getOriginalAppointmentDate(),
                d.isClockPaused(), d.getSupplementRounds(), d.getFeeAmount(), d.isPaid(),
                d.getOutcome() == null ? null : d.getOutcome().name(), d.getResultNumber(), d.getReturnedAt(),
                d.getCurrentStep(), open == null ? null : SupplementRequestView.of(open),
                history.stream().map(HistoryView::of).toList(),
                documents.stream().map(doc -> new DocumentView(doc.id(), doc.type(), doc.number(), doc.title(),
                        doc.version(), doc.createdAt(),
                        !doc.ready() ? "PREPARING" : doc.signed() ? "SIGNED" : "UNSIGNED",
                        doc.signed() ? doc.signerName() : null, doc.signedAt(),
                        "/api/v1/dossiers/" + d.getCode() + "/documents/" + doc.id())).toList(),
                attachments.stream().map(AttachmentView::of).toList(), formData);
    }
}
