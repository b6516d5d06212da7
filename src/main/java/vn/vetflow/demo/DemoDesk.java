package vn.vetflow.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vetflow.accounts.AccountType;
import vn.vetflow.accounts.ApplicantProfile;
import vn.vetflow.accounts.CounterAccounts;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.desk.CounterIntake;
import vn.vetflow.desk.HandOver;
import vn.vetflow.dossier.Attachment;
import vn.vetflow.dossier.Channel;
import vn.vetflow.dossier.DeskFile;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.UploadedFile;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.tasks.WorkTask;

/**
 * The one-stop desk in the demo (issue 17), after {@link DemoProvince}: a vocational centre that walked in
 * gets an account at the desk (no e-mail: it follows its dossiers with the look-up) and files at the counter
 * and by post; an enterprise that filed online before reuses a digitised component at the counter; one
 * counter result was handed over on paper and scanned, one posted result waits for its tracking number; two
 * applicants file online reusing evidence from their data store.
 */
@Component
@Profile("demo")
@Order(5)
class DemoDesk implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDesk.class);
    static final String WALK_IN_TAX_CODE = "5300812345";
    private static final String OFFICER = "tiepnhan";
    private static final List<String> OFFICER_GROUPS = List.of("reception", "motcua");

    private final CounterAccounts counterAccounts;
    private final CounterIntake intake;
    private final HandOver handOver;
    private final DossierService dossiers;
    private final DemoApplications applications;
    private final ProcedureCatalogue catalogue;
    private final TaskWork work;
    private final ProvinceClock clock;
    private final DossierSubmission submission;

    DemoDesk(CounterAccounts counterAccounts, CounterIntake intake, HandOver handOver, DossierService dossiers,
             DemoApplications applications, ProcedureCatalogue catalogue, TaskWork work,
             ProvinceClock clock, DossierSubmission submission) {
        this.submission = submission;
        this.counterAccounts = counterAccounts;
        this.intake = intake;
        this.handOver = handOver;
        this.dossiers = dossiers;
        this.applications = applications;
        this.catalogue = catalogue;
        this.work = work;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (counterAccounts.byIdNumber(WALK_IN_TAX_CODE).isPresent()) {
            return;
        }
        ApplicantProfile centre = counterAccounts.open(new CounterAccounts.NewApplicant(AccountType.ORGANISATION,
                "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Bát Xát", WALK_IN_TAX_CODE, "",
                "0214 3883 456", "Thị trấn Bát Xát, xã Bát Xát, tỉnh Lào Cai"), OFFICER);
        // Received at the counter, result at the counter: decided, handed over on paper and scanned.
        Dossier handedOver = file(centre, 0, "P1", Channel.IN_PERSON, Channel.IN_PERSON, null, true);
        decide(handedOver);
        handOver.record(handedOver.getCode(), OFFICER, HandOver.ResultForm.PAPER, null,
                new UploadedFile("result", "giay-chung-nhan-ban-quet.pdf", "application/pdf",
                        DemoApplications.placeholderPdf("Giay chung nhan dang ky hoat dong GDNN - ban quet")));
        // Received by post, result by post: decided, waiting at the desk for the postal tracking number.
        Dossier posted = file(centre, 1, "P8", Channel.PUBLIC_POST, Channel.PUBLIC_POST,
                "Thị trấn Bát Xát, xã Bát Xát, tỉnh Lào Cai", true);
        decide(posted);
        // Arrived by post today, not yet checked: waiting at reception.
        file(centre, 2, "P2", Channel.PUBLIC_POST, Channel.ONLINE, null, false);
        // An enterprise that filed online before brings a new dossier and reuses a digitised component.
        reuseAtCounter("congdan2", "P2");
        // Applicants filing online take evidence from their data store too, so that the reuse indicator
        // counts online dossiers and not only the counter's; both are received today.
        int online = 0;
        for (int index : new int[] {18, 20}) {
            online += reuseOnline(index, "P2") ? 1 : 0;
        }
        log.info("Demo desk ready: counter and post dossiers of {}, a component reused at the counter and {} online",
                centre.name(), online);
    }

    private Dossier file(ApplicantProfile applicant, int index, String procedureId, Channel channel,
                         Channel resultChannel, String postalAddress, boolean receiveNow) {
        var application = applications.application(index, procedureId);
        ProcedureVersion version = catalogue.currentVersion(procedureId, clock.today());
        Map<String, Object> form = new HashMap<>(application.formData());
        form.replaceAll((key, value) -> List.of("institutionName", "schoolName").contains(key) ? applicant.name()
                : "address".equals(key) ? applicant.address() : value);
        List<DeskFile> files = new ArrayList<>();
        for (DossierComponent component : version.components()) {
            if (component.required()) {
                // The last required component was typed at the desk, not scanned from paper.
                boolean scanned = !component.equals(lastRequired(version));
                files.add(new DeskFile(new UploadedFile(component.code(), component.code().toLowerCase() + "-scan.pdf",
                        "application/pdf", DemoApplications.placeholderPdf(component.name())), scanned));
            }
        }
        return intake.register(new CounterIntake.Request(procedureId, applicant.username(), application.subject(),
                form, channel, files, Map.of(), resultChannel, postalAddress, receiveNow,
                receiveNow ? "Hồ sơ đầy đủ, đã đối chiếu bản chính." : null, UUID.randomUUID().toString()),
                OFFICER, OFFICER_GROUPS).dossier();
    }

    private void reuseAtCounter(String username, String procedureId) {
        Map<String, Long> reused = reusable(username, procedureId);
        var application = applications.application(1, procedureId);
        List<DeskFile> files = application.files().stream().filter(f -> !reused.containsKey(f.componentCode()))
                .map(f -> new DeskFile(f, true)).toList();
        intake.register(new CounterIntake.Request(procedureId, username, application.subject(),
                application.formData(), Channel.IN_PERSON, files, reused, Channel.ONLINE, null, true,
                "Dùng lại thành phần đã số hóa trong kho dữ liệu của doanh nghiệp.", UUID.randomUUID().toString()),
                OFFICER, OFFICER_GROUPS);
    }

    /**
     * Files demo application {@code index} online as the wizard does when the applicant picks items of their
     * data store instead of uploading, and receives it at reception.
     *
     * @return false when the applicant has nothing to reuse for the procedure
     */
    private boolean reuseOnline(int index, String procedureId) {
        DossierSubmission.Request application = applications.application(index, procedureId);
        Map<String, Long> reused = reusable(application.applicant().username(), procedureId);
        if (reused.isEmpty()) {
            return false;
        }
        List<UploadedFile> files = application.files().stream().filter(f -> !reused.containsKey(f.componentCode()))
                .toList();
        Dossier dossier = submission.submit(new DossierSubmission.Request(procedureId, application.applicant(),
                application.subject(), application.formData(), files, reused, application.idempotencyKey())).dossier();
        WorkTask reception = work.ofCase(dossier.getCode()).stream()
                .filter(t -> "Task_Reception".equals(t.stepKey())).findFirst().orElseThrow();
        work.complete(reception.id(), OFFICER, OFFICER_GROUPS, Map.of("receptionDecision", "ACCEPT"));
        return true;
    }

    /** The applicant's digitised evidence that outlives one dossier (premises, establishment decision). */
    private Map<String, Long> reusable(String username, String procedureId) {
        ProcedureVersion version = catalogue.currentVersion(procedureId, clock.today());
        Map<String, Long> reused = new HashMap<>();
        for (Dossier earlier : dossiers.ofApplicant(username)) {
            for (Attachment attachment : dossiers.attachments(earlier)) {
                if (attachment.isDigitised() && !attachment.isReused()
                        && List.of("COSOVC", "QDTL", "GCN").contains(attachment.getComponentCode())
                        && version.component(attachment.getComponentCode()).isPresent()) {
                    reused.putIfAbsent(attachment.getComponentCode(), attachment.getId());
                }
            }
        }
        return reused;
    }

    private static DossierComponent lastRequired(ProcedureVersion version) {
        return version.components().stream().filter(DossierComponent::required).reduce((a, b) -> b).orElseThrow();
    }

    /** The specialist proposes and the leader approves (the Chairman's procedures add their steps). */
    private void decide(Dossier dossier) {
        complete(dossier, "chuyenvien", List.of("specialist", "gdnn"), Map.of("appraisalDecision", "PROPOSE_APPROVE",
                "appraisalNote", "Đáp ứng điều kiện theo quy định."));
        complete(dossier, "lanhdao", List.of("leader", "gdnn"), Map.of("approvalDecision", "APPROVE"));
    }

    private void complete(Dossier dossier, String user, List<String> groups, Map<String, Object> form) {
        WorkTask task = work.ofCase(dossier.getCode()).stream()
                .filter(t -> !"Task_ExtendDeadline".equals(t.stepKey())).findFirst().orElseThrow();
        work.complete(task.id(), user, groups, form);
    }
}
