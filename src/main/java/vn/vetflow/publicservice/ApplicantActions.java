package vn.vetflow.publicservice;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierNotFoundException;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.PaymentChannel;
import vn.vetflow.dossier.UploadedFile;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;

/** What an applicant does to their own dossier after filing it: answer a request, pay, withdraw. */
@Service
@Transactional
public class ApplicantActions {

    private final DossierService dossiers;
    private final PublicServiceProcess process;
    private final ProcedureCatalogue catalogue;
    private final ProvinceClock clock;

    ApplicantActions(DossierService dossiers, PublicServiceProcess process, ProcedureCatalogue catalogue,
                     ProvinceClock clock) {
        this.dossiers = dossiers;
        this.process = process;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The applicant's own dossier; someone else's answers as not found, so codes cannot be probed. */
    @Transactional(readOnly = true)
    public Dossier own(String code, String username) {
        Dossier dossier = dossiers.find(code).orElseThrow(() -> new DossierNotFoundException(code));
        if (!dossier.isOwnedBy(username)) {
            throw new DossierNotFoundException(code);
        }
        return dossier;
    }

    /** Answers the open supplement request with files and a note; the process resumes. */
    public Dossier supplement(String code, String username, String note, List<UploadedFile> files) {
        Dossier dossier = own(code, username);
        if (!process.isWaitingFor(code, "SupplementProvided")) {
            throw new InvalidRequestException(Violation.of("status", "dossier.error.noSupplementRequested"));
        }
        if (files.isEmpty() && (note == null || note.isBlank())) {
            throw new InvalidRequestException(Violation.of("files", "dossier.error.emptySupplement"));
        }
        ProcedureVersion version = catalogue.version(dossier.getProcedureId(), dossier.getProcedureVersion());
        List<Violation> violations = new ArrayList<>();
        files.forEach(file -> DossierSubmission.checkFile(version, file).ifPresent(violations::add));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        dossiers.addFiles(dossier, files, username, dossier.getSupplementRounds());
        process.supplementProvided(code, username, note);
        return dossiers.get(code);
    }

    public Dossier withdraw(String code, String username, String reason) {
        Dossier dossier = own(code, username);
        if (!dossier.getStatus().isWithdrawable()) {
            throw new InvalidRequestException(Violation.of("status", "dossier.error.notWithdrawable"));
        }
        process.withdraw(code, username, reason);
        return dossiers.get(code);
    }

    /**
     * Records an online payment and lets the process go on. Idempotent: a second confirmation of a paid
     * dossier changes nothing. (The payment gateway port with its signed callback sits in front of this.)
     */
    public Dossier confirmPayment(String code, String username, PaymentChannel channel, String reference) {
        Dossier dossier = own(code, username);
        if (dossier.isPaid()) {
            return dossier;
        }
        if (!process.isWaitingFor(code, "PaymentConfirmed")) {
            throw new InvalidRequestException(Violation.of("status", "dossier.error.noPaymentRequired"));
        }
        dossier.recordPayment(new Actor(username, "payment"), clock.now(), channel,
                reference == null ? UUID.randomUUID().toString() : reference);
        dossiers.save(dossier);
        process.paymentConfirmed(code, username);
        return dossiers.get(code);
    }
}
