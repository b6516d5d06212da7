package vn.vetflow.desk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.accounts.ApplicantAccounts;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureNotFoundException;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Applicant;
import vn.vetflow.dossier.Channel;
import vn.vetflow.dossier.DeskFile;
import vn.vetflow.dossier.DigitisedFiles;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.NewDossier;
import vn.vetflow.forms.FieldError;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.forms.FormSubmission;
import vn.vetflow.forms.FormValidator;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.publicservice.PublicServiceProcess;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.tasks.WorkTask;

/**
 * Registers a dossier received at the counter or by post, in one transaction: the dossier with channel 1 or
 * 3, its component files (each marked digitised or not) and components reused from the applicant's data
 * store, the process started as for an online dossier and, when the officer found the dossier complete and
 * valid in front of the applicant (Decree 118/2025: the receiving officer checks and, if complete, receives
 * it and issues the receipt, form 01), the reception step completed at once, which issues the receipt. The
 * same idempotency key twice gives one dossier.
 */
@Service
public class CounterIntake {

    /** What the officer registers. {@code reused}: component code → attachment id in the data store. */
    public record Request(String procedureId, String applicantUsername, String subject, Map<String, ?> formData,
                          Channel channel, List<DeskFile> files, Map<String, Long> reused, Channel resultChannel,
                          String postalAddress, boolean receiveNow, String note, String idempotencyKey) {
    }

    /** The dossier, and whether this call created it (false: an earlier call with the same key did). */
    public record Result(Dossier dossier, boolean created) {
    }

    private final ProcedureCatalogue catalogue;
    private final FormRegistry forms;
    private final FormValidator validator;
    private final DossierService dossiers;
    private final DigitisedFiles digitised;
    private final ApplicantAccounts accounts;
    private final PublicServiceProcess process;
    private final TaskWork tasks;
    private final ProvinceClock clock;
    private final TransactionTemplate transaction;

    CounterIntake(ProcedureCatalogue catalogue, FormRegistry forms, FormValidator validator, DossierService dossiers,
                  DigitisedFiles digitised, ApplicantAccounts accounts, PublicServiceProcess process, TaskWork tasks,
                  ProvinceClock clock, TransactionTemplate transaction) {
        this.catalogue = catalogue;
        this.forms = forms;
        this.validator = validator;
        this.dossiers = dossiers;
        this.digitised = digitised;
        this.accounts = accounts;
        this.process = process;
        this.tasks = tasks;
        this.clock = clock;
        this.transaction = transaction;
    }

    public Result register(Request request, String officer, List<String> officerGroups) {
        String key = request.idempotencyKey() == null || request.idempotencyKey().isBlank() ? null
                : request.idempotencyKey().strip();
        if (key != null && key.length() > 100) {
            throw new InvalidRequestException(Violation.of("idempotencyKey", "dossier.error.maxLength", 100));
        }
        if (key != null) {
            var earlier = dossiers.findByIdempotencyKey(request.applicantUsername(), key);
            if (earlier.isPresent()) {
                return new Result(earlier.get(), false);
            }
        }
        ProcedureVersion version = versionInForce(request.procedureId());
        Applicant applicant = accounts.asApplicant(request.applicantUsername());
        FormSubmission form = validator.validate(forms.get(version.applicationForm()),
                request.formData() == null ? Map.of() : request.formData());
        List<Violation> violations = check(request, version, form);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        NewDossier newDossier = new NewDossier(version.procedureId(), version.version(), version.name(),
                version.agencyCode(), applicant, request.subject().strip(), request.channel(), version.totalFeeVnd(),
                form.values(), List.of(), key);
        try {
            return transaction.execute(status -> {
                Dossier dossier = dossiers.create(newDossier);
                dossier.registerAtDesk(officer, request.resultChannel(),
                        request.postalAddress() == null ? null : request.postalAddress().strip());
                digitised.addDeskFiles(dossier, request.files(), officer);
                request.reused().forEach((component, attachmentId) ->
                        digitised.reuse(dossier, component, attachmentId, officer));
                dossiers.linkProcess(dossier, process.start(dossier, version));
                dossiers.save(dossier);
                if (request.receiveNow()) {
                    receive(dossier, officer, officerGroups, request.note());
                }
                return new Result(dossier, true);
            });
        } catch (DataIntegrityViolationException sameKeyAtOnce) {
            // Two clicks with one key raced; the unique constraint let one through. Answer with it.
            if (key == null) {
                throw sameKeyAtOnce;
            }
            return dossiers.findByIdempotencyKey(request.applicantUsername(), key)
                    .map(existing -> new Result(existing, false))
                    .orElseThrow(() -> sameKeyAtOnce);
        }
    }

    /** The reception step, completed by the officer who checked the dossier at the desk: it issues the receipt. */
    private void receive(Dossier dossier, String officer, List<String> officerGroups, String note) {
        WorkTask reception = tasks.ofCase(dossier.getCode()).stream()
                .filter(task -> "Task_Reception".equals(task.stepKey()))
                .findFirst().orElseThrow(() -> new IllegalStateException(dossier.getCode() + " has no reception step"));
        Map<String, Object> decision = new HashMap<>();
        decision.put("receptionDecision", "ACCEPT");
        decision.put("decisionNote", note == null || note.isBlank() ? null : note.strip());
        tasks.claim(reception.id(), officer, officerGroups);
        tasks.complete(reception.id(), officer, officerGroups, decision);
    }

    private List<Violation> check(Request request, ProcedureVersion version, FormSubmission form) {
        List<Violation> violations = new ArrayList<>();
        if (request.subject() == null || request.subject().isBlank()) {
            violations.add(Violation.of("subject", "dossier.error.required"));
        } else if (request.subject().length() > 500) {
            violations.add(Violation.of("subject", "dossier.error.maxLength", 500));
        }
        if (request.channel() != Channel.IN_PERSON && request.channel() != Channel.PUBLIC_POST) {
            violations.add(Violation.of("channel", "desk.error.channel"));
        }
        if (request.resultChannel() == null) {
            violations.add(Violation.of("resultChannel", "desk.error.required"));
        } else if (request.resultChannel() == Channel.PUBLIC_POST
                && (request.postalAddress() == null || request.postalAddress().isBlank())) {
            violations.add(Violation.of("postalAddress", "desk.error.postalAddress"));
        } else if (request.postalAddress() != null && request.postalAddress().strip().length() > 500) {
            violations.add(Violation.of("postalAddress", "desk.error.maxLength", 500));
        }
        if (request.note() != null && request.note().length() > 2000) {
            violations.add(Violation.of("note", "desk.error.maxLength", 2000));
        }
        for (FieldError error : form.errors()) {
            violations.add(new Violation("formData." + error.field(), "forms.error." + error.code(), error.args()));
        }
        for (DossierComponent component : version.components()) {
            boolean filed = request.files().stream().anyMatch(f -> f.file().componentCode().equals(component.code()))
                    || request.reused().containsKey(component.code());
            if (component.required() && !filed) {
                violations.add(Violation.of("files." + component.code(), "dossier.error.missingComponent",
                        component.name()));
            }
        }
        for (DeskFile file : request.files()) {
            DossierSubmission.checkFile(version, file.file()).ifPresent(violations::add);
        }
        request.reused().forEach((component, attachmentId) -> {
            if (version.component(component).isEmpty()) {
                violations.add(Violation.of("files." + component, "dossier.error.unknownComponent", component));
            } else if (digitised.component(request.applicantUsername(), attachmentId).isEmpty()) {
                violations.add(Violation.of("files." + component, "desk.error.notReusable"));
            }
        });
        return violations;
    }

    private ProcedureVersion versionInForce(String procedureId) {
        try {
            return catalogue.currentVersion(procedureId, clock.today());
        } catch (ProcedureNotFoundException e) {
            throw new InvalidRequestException(Violation.of("procedureId", "dossier.error.unknownProcedure",
                    String.valueOf(procedureId)));
        }
    }
}
