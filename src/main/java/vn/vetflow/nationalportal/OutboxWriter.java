package vn.vetflow.nationalportal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureNotFoundException;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.dossier.DossierStatusChanged;

/**
 * Writes the outbox row of a status change synchronously, inside the transaction that changed the status
 * (the event is published when the dossier is saved): the change and its sync row commit together or not
 * at all, so no status is lost by a crash after commit and none is sent for a change that rolled back. The
 * row's sequence is the change's number, which the dossier counts (no query for the last one).
 */
@Component
class OutboxWriter {

    private final Outbox outbox;
    private final DossierService dossiers;
    private final ProcedureCatalogue catalogue;
    private final ObjectMapper json;

    OutboxWriter(Outbox outbox, DossierService dossiers, ProcedureCatalogue catalogue, ObjectMapper json) {
        this.outbox = outbox;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.json = json;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DossierStatusChanged change) {
        Dossier dossier = dossiers.get(change.code());
        int seq = change.number();
        outbox.add(change.code(), seq, change.to().code(), toJson(message(dossier, change, seq)), change.at());
    }

    private StatusMessage message(Dossier dossier, DossierStatusChanged change, int seq) {
        ProcedureVersion version = version(dossier);
        String procedureCode = version != null && version.nationalCode() != null
                ? version.nationalCode() : dossier.getProcedureId();
        return new StatusMessage(dossier.getCode(), seq, change.to().code(),
                change.from() == null ? null : change.from().code(), change.at(), change.actor(),
                procedureCode, dossier.getProcedureName(), version == null ? null : version.fieldCode(),
                dossier.getChannel().code(), dossier.getApplicantName(), dossier.getApplicantIdNumber(),
                dossier.getSubject(), dossier.getSubmittedAt(), dossier.getReceivedAt(), dossier.getAppointmentDate(),
                change.to() == DossierStatus.NOT_RECEIVED ? change.at() : null, dossier.getProcessingEndedAt(),
                dossier.getReturnedAt(), dossier.getAgencyCode(), dossier.getFeeAmount(), dossier.getPaidAt(),
                dossier.getPaymentChannel() == null ? null : dossier.getPaymentChannel().code(),
                dossier.getResultNumber());
    }

    private ProcedureVersion version(Dossier dossier) {
        try {
            return catalogue.version(dossier.getProcedureId(), dossier.getProcedureVersion());
        } catch (ProcedureNotFoundException e) {
            // A procedure removed from the catalogue still syncs, under its local id.
            return null;
        }
    }

    private String toJson(StatusMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Status message of " + message.dossierCode() + " not serialisable", e);
        }
    }
}
