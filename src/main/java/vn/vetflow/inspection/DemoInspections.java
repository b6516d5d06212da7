package vn.vetflow.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vetflow.documents.DocumentType;
import vn.vetflow.documents.PdfDocumentRenderer;
import vn.vetflow.identity.Roles;
import vn.vetflow.institution.Institutions;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.tasks.WorkTask;

/**
 * Demo inspections (profile demo), after the demo institutions and plans (DemoInstitutions, order 5): one
 * waiting at every stage, tasks for kiemtra, lanhdao and the institutions' staff (coso, coso2...), a closed
 * digital one, a closed one that is not digital (notice on paper, no evidence), a cancelled one and one
 * registered from paper.
 */
@Component
@Profile("demo")
@Order(6)
class DemoInspections implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);
    private static final List<String> INSPECTOR = List.of(Roles.INSPECTOR, "kiemtra");
    private static final List<String> LEADER = List.of(Roles.LEADER, "kiemtra");
    private static final List<String> STAFF = List.of(Roles.INSTITUTION);

    private final Inspections inspections;
    private final PlanItems planItems;
    private final Institutions institutions;
    private final ProvinceClock clock;
    private final PdfDocumentRenderer renderer;
    private final TaskWork taskWork;
    private final CompletableFuture<byte[]> scan = new CompletableFuture<>();
    private boolean renderingStarted;

    DemoInspections(Inspections inspections, PlanItems planItems, Institutions institutions, ProvinceClock clock,
                    PdfDocumentRenderer renderer, TaskWork taskWork) {
        this.taskWork = taskWork;
        this.inspections = inspections;
        this.planItems = planItems;
        this.institutions = institutions;
        this.clock = clock;
        this.renderer = renderer;
    }

    record Step(String key, String user, List<String> groups) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("Task_DraftDecision", "kiemtra", INSPECTOR),
            new Step("Task_SignDecision", "lanhdao", LEADER),
            new Step("Task_Plan", "kiemtra", INSPECTOR),
            new Step("Task_ApprovePlan", "lanhdao", LEADER),
            new Step("Task_Notice", "kiemtra", INSPECTOR),
            new Step("Task_Announce", "kiemtra", INSPECTOR),
            new Step("Task_SelfAssessment", null, STAFF),
            new Step("Task_Check", "kiemtra", INSPECTOR),
            new Step("Task_Minutes", "kiemtra", INSPECTOR),
            new Step("Task_AckMinutesLead", "kiemtra", INSPECTOR),
            new Step("Task_AckMinutesInstitution", null, STAFF),
            new Step("Task_HandleViolation", "kiemtra", INSPECTOR),
            new Step("Task_SignSanction", "lanhdao", LEADER),
            new Step("Task_Report", "kiemtra", INSPECTOR),
            new Step("Task_DraftConclusion", "kiemtra", INSPECTOR),
            new Step("Task_ApproveConclusion", "lanhdao", LEADER),
            new Step("Task_ReportRemediation", null, STAFF),
            new Step("Task_ReportRemediation", null, STAFF),
            new Step("Task_VerifyRemediation", "kiemtra", INSPECTOR),
            new Step("Task_VerifyRemediation", "kiemtra", INSPECTOR));

    @Override
    public void run(ApplicationArguments args) {
        if (!inspections.all().isEmpty()) {
            return;
        }
        List<String> codes = new ArrayList<>();
        // From this year's approved plan, waiting for kiemtra to draft the decision.
        planItems.startable().stream().findFirst().ifPresent(item -> codes.add(planItems.start(item.itemId(),
                "kiemtra")));
        String[][] cases = {
                // institution, staff account, steps done, notice channel, subject
                {"TT-VANYEN-01", "coso3", "1", "SYSTEM", "Kiểm tra việc công khai điều kiện bảo đảm chất lượng"},
                {"CD-NGHE-01", "coso2", "3", "SYSTEM", "Kiểm tra tuyển sinh và quy mô đào tạo năm 2026"},
                {"TC-NGHIALO-01", "coso", "6", "SYSTEM", "Kiểm tra điều kiện bảo đảm hoạt động giáo dục nghề nghiệp"},
                {"TT-MUCANGCHAI-01", "coso4", "7", "SYSTEM", "Kiểm tra chương trình đào tạo trình độ sơ cấp"},
                {"TC-NGHIALO-01", "coso", "9", "SYSTEM", "Kiểm tra việc cấp, quản lý văn bằng, chứng chỉ"},
                {"CD-NGHE-01", "coso2", "11", "SYSTEM", "Kiểm tra đội ngũ nhà giáo cơ hữu"},
                {"TT-VANYEN-01", "coso3", "12", "SYSTEM", "Kiểm tra thu, quản lý học phí"},
                {"TT-MUCANGCHAI-01", "coso4", "13", "SYSTEM", "Kiểm tra báo cáo định kỳ và chuyển đổi số"},
                {"CD-NGHE-01", "coso2", "15", "SYSTEM", "Kiểm tra liên kết đào tạo với doanh nghiệp"},
                {"TC-NGHIALO-01", "coso", "16", "SYSTEM", "Kiểm tra việc khắc phục sau kiểm tra năm 2025"},
                {"TT-MUCANGCHAI-01", "coso4", "20", "SYSTEM", "Kiểm tra toàn diện năm 2026 (đã kết thúc)"},
                {"TT-VANYEN-01", "coso3", "20", "PAPER", "Kiểm tra cơ sở vật chất, thiết bị (thông báo bản giấy)"}};
        for (String[] c : cases) {
            if (institutions.byCode(c[0]).isEmpty()) {
                continue;
            }
            String code = inspections.start(c[0], c[4], "AD_HOC", null, "kiemtra");
            advance(code, c[1], Integer.parseInt(c[2]), c[3]);
            codes.add(code);
        }
        institutions.byCode("CD-NGHE-01").ifPresent(inst -> {
            String code = inspections.start(inst.code(), "Kiểm tra theo phản ánh (không tiến hành)", "AD_HOC", null,
                    "kiemtra");
            work(code, STEPS.get(0), null, Map.of());
            complete(code, "Task_SignDecision", "lanhdao", LEADER, Map.of("decisionSignoff", "CANCEL",
                    "signoffNote", "Nội dung đã được kiểm tra năm 2025"), null);
            codes.add(code);
        });
        // The institution refused to sign the minutes: the team records it with a witness and the case goes on;
        // its violation now waits for a handling proposal within its own limit.
        institutions.byCode("TC-NGHIALO-01").ifPresent(inst -> {
            String code = inspections.start(inst.code(), "Kiểm tra điều kiện tuyển sinh ngành Công nghệ ô tô", "AD_HOC",
                    null, "kiemtra");
            advance(code, "coso", 10, "SYSTEM");
            complete(code, "Task_AckMinutesInstitution", "coso", STAFF, Map.of("institutionAcknowledgement", "REFUSE",
                    "representative", "Hiệu trưởng Hoàng Văn Sơn"), null);
            complete(code, "Task_WitnessMinutes", "kiemtra", INSPECTOR, Map.of("witnessName", "Bà Lò Thị Mai",
                    "witnessPosition", "Phó Chủ tịch UBND phường Nghĩa Lộ", "witnessNote", "Đại diện cơ sở không đồng ý"
                            + " với nhận xét về tỉ lệ người học trên nhà giáo và từ chối ký biên bản lúc 16 giờ 30."),
                    null);
            codes.add(code);
        });
        institutions.byCode("TT-VANYEN-01").ifPresent(inst -> {
            LocalDate today = clock.today();
            codes.add(inspections.registerPaper(new Inspections.PaperInspection(inst.code(),
                    "Kiểm tra điều kiện hoạt động (thực hiện trên giấy)", today.minusDays(60), "08/QĐ-SGDĐT",
                    today.minusDays(20), "11/KL-SGDĐT", List.of(new Inspections.Upload("ket-luan-11.pdf",
                    "application/pdf", scan()))), "giamsat"));
        });
        log.info("Demo inspections ready: {}", codes);
    }

    private void advance(String code, String staff, int steps, String channel) {
        for (int i = 0; i < steps; i++) {
            Step step = STEPS.get(i);
            work(code, step, staff, Map.of("channel", channel));
        }
    }

    private void work(String code, Step step, String staff, Map<String, String> options) {
        LocalDate today = clock.today();
        Map<String, Object> values = new HashMap<>();
        List<Inspections.Upload> files = List.of();
        Map<String, Inspections.CheckInput> checklist = Map.of();
        List<Inspections.RecommendationDraft> recommendations = List.of();
        boolean paper = "PAPER".equals(options.get("channel"));
        switch (step.key()) {
            case "Task_DraftDecision" -> values.putAll(Map.of("decisionNumber", "15/QĐ-SGDĐT",
                    "decisionSubject", "Kiểm tra việc thực hiện quy định về điều kiện bảo đảm hoạt động giáo dục nghề"
                            + " nghiệp, tuyển sinh, đội ngũ nhà giáo và cấp văn bằng, chứng chỉ",
                    "legalBasis", "Luật Giáo dục nghề nghiệp; Nghị định 217/2025/NĐ-CP", "inspectionMode", "ON_SITE",
                    "checkFrom", today.plusDays(7).toString(), "checkTo", today.plusDays(14).toString(),
                    "teamLead", "kiemtra", "teamMembers", "kiemtra"));
            case "Task_SignDecision" -> values.put("decisionSignoff", "SIGN");
            case "Task_ApprovePlan" -> values.put("planApproval", "APPROVE");
            case "Task_Plan" -> values.putAll(Map.of("planContent", "Đoàn làm việc trực tiếp tại cơ sở 5 ngày; kiểm"
                    + " tra hồ sơ trên hệ thống trước khi làm việc.", "teamLead", "kiemtra", "teamMembers", "kiemtra"));
            case "Task_Notice" -> values.putAll(Map.of("noticeContent", "Sở Giáo dục và Đào tạo thông báo kế hoạch"
                            + " kiểm tra chuyên ngành tại cơ sở.", "noticeChannel", paper ? "PAPER" : "SYSTEM",
                    "selfAssessmentRequest", "Cơ sở tự đánh giá theo danh mục kiểm tra, gửi kèm minh chứng."));
            case "Task_Announce" -> values.putAll(Map.of("announcedOn", today.toString(),
                    "attendees", "Ban Giám hiệu, trưởng các phòng, khoa"));
            case "Task_SelfAssessment" -> {
                values.put("selfAssessment", "Cơ sở đã tự rà soát 19 nội dung; còn thiếu nhà giáo cơ hữu ngành Công"
                        + " nghệ ô tô và chậm nộp báo cáo định kỳ quý III.");
                if (!paper) {
                    files = List.of(new Inspections.Upload("minh-chung-tu-danh-gia.pdf", "application/pdf", scan()));
                }
            }
            case "Task_Check" -> {
                values.putAll(Map.of("checkMode", "ON_SITE", "checkSummary", "Đoàn làm việc tại cơ sở, đối chiếu hồ sơ"
                        + " và minh chứng trên hệ thống."));
                Map<String, Inspections.CheckInput> items = new LinkedHashMap<>();
                for (Checklists.Item item : inspections.checklist().items()) {
                    items.put(item.code(), switch (item.code()) {
                        case "TEA-01" -> new Inspections.CheckInput("FINDING", true,
                                "Tỉ lệ người học trên nhà giáo ngành Công nghệ ô tô là 31, vượt mức 25.");
                        case "REP-01" -> new Inspections.CheckInput("FINDING", false,
                                "Báo cáo định kỳ quý III nộp chậm 12 ngày.");
                        case "DIG-01" -> new Inspections.CheckInput("NOT_APPLICABLE", false, null);
                        default -> new Inspections.CheckInput("COMPLIANT", false, null);
                    });
                }
                checklist = items;
            }
            case "Task_Minutes" -> values.putAll(Map.of("minutesPlace", "Trụ sở cơ sở", "minutesContent",
                    "Đoàn kiểm tra đã làm việc với cơ sở; kết quả kiểm tra theo danh mục tại phụ lục."));
            case "Task_AckMinutesLead" -> values.put("leadAcknowledgement", true);
            case "Task_AckMinutesInstitution" -> values.putAll(Map.of("institutionAcknowledgement", "AGREE",
                    "representative", "Hiệu trưởng"));
            case "Task_HandleViolation" -> values.putAll(Map.of("handling", "SANCTION", "legalGround",
                    "Nghị định 88/2022/NĐ-CP", "limitationPeriod", "01 năm"));
            case "Task_SignSanction" -> values.put("signedNumber", "03/QĐ-XPHC");
            case "Task_Report" -> values.put("reportContent", "Báo cáo kết quả kiểm tra: 1 vi phạm đã xử phạt, 1 tồn"
                    + " tại cần khắc phục.");
            case "Task_DraftConclusion" -> {
                values.putAll(Map.of("conclusionNumber", "21/KL-SGDĐT", "conclusionContent", "Cơ sở cơ bản đáp ứng"
                        + " điều kiện; yêu cầu khắc phục các tồn tại nêu tại kết luận."));
                recommendations = List.of(
                        new Inspections.RecommendationDraft("teachers", "Tuyển dụng bổ sung nhà giáo cơ hữu ngành Công"
                                + " nghệ ô tô", today.plusDays(30)),
                        new Inspections.RecommendationDraft("reporting", "Nộp báo cáo định kỳ đúng hạn", today.plusDays(15)));
            }
            case "Task_ApproveConclusion" -> values.put("conclusionApproval", "APPROVE");
            case "Task_ReportRemediation" -> {
                values.put("remediationReport", "Cơ sở đã thực hiện kiến nghị, gửi kèm minh chứng.");
                files = List.of(new Inspections.Upload("bao-cao-khac-phuc.pdf", "application/pdf", scan()));
            }
            case "Task_VerifyRemediation" -> values.put("remediationVerdict", "ACCEPT");
            default -> throw new IllegalStateException(step.key());
        }
        complete(code, step.key(), step.user() == null ? staff : step.user(), step.groups(), values,
                new Inspections.StepInput(values, files, checklist, recommendations));
    }

    private void complete(String code, String key, String user, List<String> groups, Map<String, Object> values,
                          Inspections.StepInput input) {
        WorkTask task = taskWork.ofCase(code).stream().filter(t -> t.stepKey().equals(key)
                && (t.assignee() == null || t.assignee().equals(user))).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo: no task " + key + " in " + code));
        Inspections.StepInput sent = input == null ? Inspections.StepInput.of(values) : input;
        taskWork.complete(task.id(), user, groups, sent.values(), sent);
    }

    /**
     * The same placeholder scan for every upload, rendered once (issue 15). The first PDF of a run is the slow one
     * (fonts, templates, classes), so it is rendered on a thread of its own as soon as the context is up, while
     * the runners before this one (users, the province's dossiers) lay out their data; {@link #scan()} waits for it.
     */
    @EventListener(ApplicationStartedEvent.class)
    void renderScanAhead() {
        synchronized (scan) {
            if (renderingStarted) {
                return;
            }
            renderingStarted = true;
        }
        Thread thread = new Thread(this::renderScan, "demo-scan");
        thread.setDaemon(true);
        thread.start();
    }

    private byte[] scan() {
        boolean renderHere;
        synchronized (scan) {
            // Without a started event (a test calling the runner itself) it is rendered here, once.
            renderHere = !renderingStarted;
            renderingStarted = true;
        }
        if (renderHere) {
            renderScan();
        }
        return scan.join();
    }

    private void renderScan() {
        try {
            scan.complete(renderer.render(DocumentType.RESULT, Map.of("resultTitle", "BẢN QUÉT VĂN BẢN",
                    "resultBody", List.of("Bản quét minh hoạ cho dữ liệu trình diễn."))));
        } catch (RuntimeException | Error e) {
            scan.completeExceptionally(e);
        }
    }
}
