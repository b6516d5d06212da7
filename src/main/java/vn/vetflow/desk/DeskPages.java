package vn.vetflow.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.accounts.AccountType;
import vn.vetflow.accounts.ApplicantAccountNotFoundException;
import vn.vetflow.accounts.ApplicantAccounts;
import vn.vetflow.accounts.ApplicantProfile;
import vn.vetflow.accounts.CounterAccounts;
import vn.vetflow.accounts.IdentityNumbers;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureNotFoundException;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Channel;
import vn.vetflow.dossier.DeskDossiers;
import vn.vetflow.dossier.DeskFile;
import vn.vetflow.dossier.DigitisedFiles;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierNotFoundException;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.StoreItem;
import vn.vetflow.dossier.UploadedFile;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.forms.FormSchema;
import vn.vetflow.forms.SentValues;
import vn.vetflow.identity.Officers;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.publicservice.OfficerWork;
import vn.vetflow.shared.DateFormats;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;

/**
 * The desk's pages (reception officers only, by the security chain): find or open the applicant, register
 * the dossier with its scans, then see it with its receipt and record the result's hand-over. Rejected input
 * comes back with what was typed (files must be chosen again: browsers never send them back).
 */
@Controller
class DeskPages {

    private final CounterAccounts counterAccounts;
    private final ApplicantAccounts accounts;
    private final ProcedureCatalogue catalogue;
    private final FormRegistry forms;
    private final CounterIntake intake;
    private final HandOver handOver;
    private final DossierService dossiers;
    private final DigitisedFiles digitised;
    private final DeskDossiers deskDossiers;
    private final OfficerWork officerWork;
    private final Officers officers;
    private final ProvinceClock clock;

    DeskPages(CounterAccounts counterAccounts, ApplicantAccounts accounts, ProcedureCatalogue catalogue,
              FormRegistry forms, CounterIntake intake, HandOver handOver, DossierService dossiers,
              DigitisedFiles digitised, DeskDossiers deskDossiers, OfficerWork officerWork, Officers officers,
              ProvinceClock clock) {
        this.officers = officers;
        this.counterAccounts = counterAccounts;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.forms = forms;
        this.intake = intake;
        this.handOver = handOver;
        this.dossiers = dossiers;
        this.digitised = digitised;
        this.deskDossiers = deskDossiers;
        this.officerWork = officerWork;
        this.clock = clock;
    }

    // --- the applicant -----------------------------------------------------------------------

    @GetMapping("/desk")
    String home(@RequestParam(required = false) String idNumber, Model model) {
        model.addAttribute("idNumber", idNumber == null ? "" : idNumber);
        model.addAttribute("awaiting", deskDossiers.awaitingHandOver());
        model.addAttribute("recent", deskDossiers.recentIntakes());
        model.addAttribute("violations", List.of());
        if (idNumber == null || idNumber.isBlank()) {
            return "desk/home";
        }
        String normalised = IdentityNumbers.normalise(idNumber);
        if (!IdentityNumbers.valid(normalised)) {
            model.addAttribute("violations", List.of(Violation.of("idNumber", "desk.error.idNumber")));
            return "desk/home";
        }
        var found = counterAccounts.byIdNumber(normalised);
        if (found.isPresent()) {
            model.addAttribute("applicant", found.get());
            model.addAttribute("claimable", counterAccounts.openedAtDesk(found.get().username()));
            model.addAttribute("procedures", catalogue.effectiveOn(clock.today()));
        } else {
            model.addAttribute("newApplicant", new NewApplicantForm(
                    IdentityNumbers.validCitizenId(normalised) ? "PERSON" : "ORGANISATION", "", normalised, "", "", ""));
        }
        return "desk/home";
    }

    /** The new-applicant form as typed. */
    record NewApplicantForm(String type, String name, String idNumber, String email, String phone, String address) {
    }

    @PostMapping("/desk/applicants")
    String openAccount(NewApplicantForm form, Authentication user, Model model, RedirectAttributes flash) {
        AccountType type = "PERSON".equals(form.type()) ? AccountType.PERSON
                : "ORGANISATION".equals(form.type()) ? AccountType.ORGANISATION : null;
        try {
            ApplicantProfile opened = counterAccounts.open(new CounterAccounts.NewApplicant(type, form.name(),
                    form.idNumber(), form.email(), form.phone(), form.address()), user.getName());
            flash.addFlashAttribute("flash", "desk.flash.accountOpened");
            return "redirect:/desk?idNumber=" + opened.idNumber();
        } catch (InvalidRequestException e) {
            model.addAttribute("idNumber", form.idNumber());
            model.addAttribute("newApplicant", form);
            model.addAttribute("violations", e.violations());
            model.addAttribute("awaiting", deskDossiers.awaitingHandOver());
            model.addAttribute("recent", deskDossiers.recentIntakes());
            return "desk/home";
        }
    }

    // --- the dossier -------------------------------------------------------------------------

    @GetMapping("/desk/intake")
    String intakeForm(@RequestParam String applicant, @RequestParam String procedure, Authentication user,
                      Model model) {
        ApplicantProfile profile = profile(applicant);
        officerMayServe(procedure, user);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        text.put("channel", Channel.IN_PERSON.name());
        text.put("resultChannel", Channel.IN_PERSON.name());
        text.put("postalAddress", profile.address());
        text.put("receiveNow", "true");
        text.put("idempotencyKey", UUID.randomUUID().toString());
        return intakePage(profile, version(procedure), values, text, List.of(), model);
    }

    @PostMapping("/desk/intake")
    String register(MultipartHttpServletRequest request, Authentication user, Model model, RedirectAttributes flash) {
        ApplicantProfile profile = profile(request.getParameter("applicant"));
        ProcedureVersion version = version(request.getParameter("procedure"));
        officerMayServe(version.procedureId(), user);
        FormSchema schema = forms.get(version.applicationForm());
        Map<String, Object> values = SentValues.of(schema, request::getParameterValues);
        Map<String, String> text = new LinkedHashMap<>();
        for (String name : List.of("subject", "channel", "resultChannel", "postalAddress", "note", "idempotencyKey")) {
            text.put(name, request.getParameter(name) == null ? "" : request.getParameter(name));
        }
        text.put("receiveNow", String.valueOf(request.getParameter("receiveNow") != null));
        List<DeskFile> files = new ArrayList<>();
        Map<String, Long> reused = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        version.components().forEach(component -> {
            String code = component.code();
            MultipartFile file = request.getFile("file." + code);
            String reuse = request.getParameter("reuse." + code);
            text.put("digitised." + code, String.valueOf(request.getParameter("digitised." + code) != null));
            text.put("reuse." + code, reuse == null ? "" : reuse);
            if (reuse != null && !reuse.isBlank()) {
                try {
                    reused.put(code, Long.parseLong(reuse));
                } catch (NumberFormatException e) {
                    violations.add(Violation.of("files." + code, "desk.error.notReusable"));
                }
            } else if (file != null && !file.isEmpty()) {
                files.add(new DeskFile(new UploadedFile(code, UploadedFile.displayName(file.getOriginalFilename()),
                        file.getContentType() == null ? "application/octet-stream" : file.getContentType(),
                        bytes(file)), request.getParameter("digitised." + code) != null));
            }
        });
        try {
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations);
            }
            var result = intake.register(new CounterIntake.Request(version.procedureId(), profile.username(),
                    text.get("subject"), values, channel(text.get("channel")), files, reused,
                    channel(text.get("resultChannel")), text.get("postalAddress"),
                    Boolean.parseBoolean(text.get("receiveNow")), text.get("note"), text.get("idempotencyKey")),
                    user.getName(), UserGroups.of(user));
            flash.addFlashAttribute("flash", result.created() ? "desk.flash.registered" : "desk.flash.alreadyRegistered");
            return "redirect:/desk/dossiers/" + result.dossier().getCode();
        } catch (InvalidRequestException e) {
            return intakePage(profile, version, values, text, e.violations(), model);
        }
    }

    @GetMapping("/desk/dossiers/{code}")
    String dossier(@PathVariable String code, Authentication user, Model model) {
        Dossier dossier = openable(code, user);
        model.addAttribute("d", dossier);
        model.addAttribute("attachments", dossiers.attachments(dossier));
        model.addAttribute("documents", dossiers.documents(dossier));
        model.addAttribute("handOverDue", HandOver.due(dossier));
        model.addAttribute("hasScan", digitised.hasResultScan(dossier));
        model.addAttribute("submitted", DateFormats.dateTime(dossier.getSubmittedAt()));
        model.addAttribute("appointment", dossier.getAppointmentDate() == null ? ""
                : DateFormats.date(dossier.getAppointmentDate()));
        model.addAttribute("handedOver", dossier.getHandedOverAt() == null ? ""
                : DateFormats.dateTime(dossier.getHandedOverAt()));
        model.addAttribute("intakeByName", dossier.getIntakeBy() == null ? ""
                : officerName(dossier.getIntakeBy()));
        model.addAttribute("handedOverByName", dossier.getHandedOverBy() == null ? ""
                : officerName(dossier.getHandedOverBy()));
        if (!model.containsAttribute("violations")) {
            model.addAttribute("violations", List.of());
            model.addAttribute("tracking", "");
            model.addAttribute("resultForm", "");
        }
        return "desk/dossier";
    }

    @PostMapping("/desk/dossiers/{code}/handover")
    String recordHandOver(@PathVariable String code, @RequestParam(required = false) String resultForm,
                          @RequestParam(required = false) String tracking,
                          @RequestParam(required = false) MultipartFile scan, Authentication user, Model model,
                          RedirectAttributes flash) {
        openable(code, user);
        UploadedFile scanned = scan == null || scan.isEmpty() ? null : new UploadedFile("result",
                UploadedFile.displayName(scan.getOriginalFilename()),
                scan.getContentType() == null ? "application/octet-stream" : scan.getContentType(), bytes(scan));
        HandOver.ResultForm form = "ELECTRONIC".equals(resultForm) ? HandOver.ResultForm.ELECTRONIC
                : "PAPER".equals(resultForm) ? HandOver.ResultForm.PAPER : null;
        try {
            handOver.record(code, user.getName(), form, tracking, scanned);
            flash.addFlashAttribute("flash", "desk.flash.handedOver");
            return "redirect:/desk/dossiers/" + code;
        } catch (InvalidRequestException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("tracking", tracking == null ? "" : tracking);
            model.addAttribute("resultForm", resultForm == null ? "" : resultForm);
            return dossier(code, user, model);
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    private String intakePage(ApplicantProfile profile, ProcedureVersion version, Map<String, Object> values,
                              Map<String, String> text, List<Violation> violations, Model model) {
        model.addAttribute("applicant", profile);
        model.addAttribute("procedure", version);
        model.addAttribute("schema", forms.get(version.applicationForm()));
        model.addAttribute("values", values);
        model.addAttribute("text", text);
        // The form-js fields' errors are named by their key on the page (formData.key in the service).
        model.addAttribute("violations", violations.stream().map(v -> v.field().startsWith("formData.")
                ? new Violation(v.field().substring("formData.".length()), v.messageKey(), v.args()) : v).toList());
        model.addAttribute("store", digitised.store(profile.username()).stream().filter(StoreItem::reusable).toList());
        return "desk/intake";
    }

    private ApplicantProfile profile(String username) {
        return accounts.profile(username).orElseThrow(() -> new ApplicantAccountNotFoundException(username));
    }

    private ProcedureVersion version(String procedureId) {
        return catalogue.currentVersion(procedureId, clock.today());
    }

    private void officerMayServe(String procedureId, Authentication user) {
        if (!officerWork.mayOpenCase(procedureId, UserGroups.of(user))) {
            throw new ProcedureNotFoundException(procedureId, clock.today());
        }
    }

    /** The dossier, if the officer's units may open it; otherwise it does not exist for them (404). */
    private Dossier openable(String code, Authentication user) {
        Dossier dossier = dossiers.get(code);
        if (!officerWork.mayOpenCase(dossier.getProcedureId(), UserGroups.of(user))) {
            throw new DossierNotFoundException(code);
        }
        return dossier;
    }

    private String officerName(String username) {
        return officers.fullName(username);
    }

    private static Channel channel(String name) {
        for (Channel channel : Channel.values()) {
            if (channel.name().equals(name)) {
                return channel;
            }
        }
        return null;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ExceptionHandler({DossierNotFoundException.class, ProcedureNotFoundException.class,
            ApplicantAccountNotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }
}
