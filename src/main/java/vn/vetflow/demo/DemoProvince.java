package vn.vetflow.demo;

import java.time.DayOfWeek;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vetflow.calendar.WorkingCalendar;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.PaymentChannel;
import vn.vetflow.engine.EngineJobs;
import vn.vetflow.publicservice.ApplicantActions;
import vn.vetflow.publicservice.DossierSubmission;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.tasks.Absences;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.tasks.WorkTask;

/**
 * A living province for the demo profile: dossiers of every procedure and in every state, filed and
 * worked over the past weeks by the demo users, so a newcomer finds real work waiting. Every dossier is
 * driven through the same services as real ones, so its history, documents and timers are genuine.
 */
@Component
@Profile("demo")
@Order(4)
class DemoProvince implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);
    private static final List<String> RECEPTION = List.of("reception", "motcua");
    private static final List<String> SPECIALIST = List.of("specialist", "gdnn");
    private static final List<String> LEADER = List.of("leader", "gdnn");

    private final DossierSubmission submission;
    private final TaskWork work;
    private final ApplicantActions applicants;
    private final DossierService dossiers;
    private final EngineJobs jobs;
    private final AdjustableClock clock;
    private final WorkingCalendar calendar;
    private final DemoApplications applications;
    private final Absences absences;

    DemoProvince(DossierSubmission submission, TaskWork work, ApplicantActions applicants, DossierService dossiers,
                 EngineJobs jobs,
                 AdjustableClock clock, WorkingCalendar calendar, DemoApplications applications,
                 Absences absences) {
        this.submission = submission;
        this.work = work;
        this.applicants = applicants;
        this.dossiers = dossiers;
        this.jobs = jobs;
        this.clock = clock;
        this.calendar = calendar;
        this.applications = applications;
        this.absences = absences;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!dossiers.ofApplicant("congdan").isEmpty()) {
            return;
        }
        // Timers of back-dated dossiers must not fire while we are still laying them out.
        jobs.withExecutorPaused(() -> {
            try {
                seed();
            } finally {
                clock.reset();
            }
        });
    }

    private void seed() {
        // Waiting at reception: filed in the last days; one already taken by the reception officer, so that
        // "Việc của tôi", the tab /workspace opens on, is not empty for tiepnhan.
        file(0, "P1", 0, d -> { });
        file(1, "P2", 1, d -> claim(d, "tiepnhan", RECEPTION));
        file(2, "P8", 0, d -> { });
        // Reception asked for more; the applicant has not answered yet.
        file(3, "P2", 4, d -> reception(d, 3, "SUPPLEMENT",
                "Bản sao quyết định cho phép thành lập phân hiệu\nDanh sách nhà giáo cơ hữu theo từng ngành"));
        // Refused at reception (status 3).
        file(4, "P1", 9, d -> reception(d, 8, "REFUSE",
                "Cơ sở đề nghị thuộc thẩm quyền cấp phép của Bộ Giáo dục và Đào tạo, không thuộc thẩm quyền của Sở."));
        // Received and being appraised; one claimed by the specialist.
        file(5, "P1", 3, d -> reception(d, 2, "ACCEPT", null));
        file(6, "P8", 4, d -> {
            reception(d, 3, "ACCEPT", null);
            claim(d, "chuyenvien");
        });
        // Appraisal asked for a supplement: the legal clock is paused.
        file(7, "P1", 8, d -> {
            reception(d, 7, "ACCEPT", null);
            complete(d, 5, "chuyenvien", SPECIALIST, Map.of("appraisalDecision", "SUPPLEMENT",
                    "appraisalNote", "Hợp đồng thuê nhà xưởng thực hành còn thời hạn ít nhất 5 năm"));
        });
        // Field check ordered.
        file(8, "P2", 6, d -> {
            reception(d, 6, "ACCEPT", null);
            complete(d, 3, "chuyenvien", SPECIALIST, Map.of("appraisalDecision", "PROPOSE_APPROVE",
                    "fieldCheckRequired", true, "appraisalNote", "Cần kiểm tra thực tế xưởng thực hành nghề Hàn"));
        });
        // Waiting for the leader's approval.
        file(9, "P8", 10, d -> {
            reception(d, 9, "ACCEPT", null);
            complete(d, 4, "chuyenvien", SPECIALIST, Map.of("appraisalDecision", "PROPOSE_APPROVE",
                    "appraisalNote", "Hồ sơ đầy đủ, hội đồng quản trị có 7 thành viên, đúng quy định."));
        });
        // The fee path on the invented demo procedure DEMO1 (demo-catalogue/): no real one charges a fee.
        file(10, "DEMO1", 2, d -> reception(d, 1, "ACCEPT", null));
        file(11, "DEMO1", 7, d -> {
            reception(d, 6, "ACCEPT", null);
            at(5, 14);
            applicants.confirmPayment(d.getCode(), d.getApplicantUsername(), PaymentChannel.PROVINCIAL_GATEWAY,
                    "VNPAY-DEMO-20260001");
        });
        // Decided by the Chairman: submission prepared, waiting for the decision.
        file(12, "P3", 9, d -> {
            reception(d, 9, "ACCEPT", null);
            complete(d, 6, "chuyenvien", SPECIALIST, Map.of("appraisalDecision", "PROPOSE_APPROVE",
                    "appraisalNote", "Đủ điều kiện thành lập phân hiệu theo Nghị định 24/2022/NĐ-CP."));
            complete(d, 4, "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
            complete(d, 3, "chuyenvien", SPECIALIST, Map.of("submissionNumber", "215/TTr-SGDĐT",
                    "submissionNote", "Trình Chủ tịch UBND tỉnh xem xét, quyết định."));
        });
        // Overdue: received long ago and still in appraisal; the leader will be asked to apologise.
        file(13, "P1", 20, d -> reception(d, 19, "ACCEPT", null));
        // Done: result returned, a refusal returned, a withdrawal.
        file(14, "P1", 15, d -> {
            reception(d, 14, "ACCEPT", null);
            complete(d, 10, "chuyenvien", SPECIALIST, Map.of("appraisalDecision", "PROPOSE_APPROVE",
                    "appraisalNote", "Đáp ứng điều kiện về cơ sở vật chất, nhà giáo và chương trình."));
            complete(d, 8, "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
            returnResult(d);
        });
        file(15, "P9", 18, d -> {
            reception(d, 17, "ACCEPT", null);
            complete(d, 12, "chuyenvien", SPECIALIST, Map.of("appraisalDecision", "PROPOSE_APPROVE",
                    "appraisalNote", "Đạt"));
            complete(d, 10, "lanhdao", LEADER, Map.of("approvalDecision", "APPROVE"));
            complete(d, 9, "chuyenvien", SPECIALIST, Map.of("submissionNumber", "198/TTr-SGDĐT"));
            complete(d, 5, "chuyenvien", SPECIALIST, Map.of("chairmanDecision", "REFUSED",
                    "chairmanDecisionNumber", "312/UBND-VX", "chairmanDecisionDate", dateAgo(5).toString(),
                    "chairmanNote", "Người được đề nghị chưa có đủ 5 năm kinh nghiệm quản lý giáo dục nghề nghiệp."));
            returnResult(d);
        });
        file(16, "P2", 5, d -> {
            reception(d, 4, "ACCEPT", null);
            at(2, 10);
            applicants.withdraw(d.getCode(), d.getApplicantUsername(), "Cơ sở điều chỉnh kế hoạch tuyển sinh năm học mới.");
        });
        // The second specialist is on leave next week: new appraisals go to chuyenvien meanwhile.
        LocalDate nextMonday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        absences.add("chuyenvien2", "chuyenvien", nextMonday, nextMonday.plusDays(4));
        log.info("Demo province ready: {} dossiers", dossiers.ofApplicant("congdan").size()
                + dossiers.ofApplicant("congdan2").size() + dossiers.ofApplicant("coso").size());
    }

    /** Files dossier number {@code index} of the demo catalogue {@code daysAgo} working days ago. */
    private void file(int index, String procedureId, int daysAgo, Consumer<Dossier> then) {
        at(daysAgo, 8 + index % 3);
        Dossier dossier = submission.submit(applications.application(index, procedureId)).dossier();
        then.accept(dossier);
    }

    private void reception(Dossier dossier, int daysAgo, String decision, String note) {
        Map<String, Object> form = note == null
                ? Map.of("receptionDecision", decision)
                : Map.of("receptionDecision", decision, "decisionNote", note);
        complete(dossier, daysAgo, "tiepnhan", RECEPTION, form);
    }

    private void complete(Dossier dossier, int daysAgo, String user, List<String> groups, Map<String, Object> form) {
        at(daysAgo, 14);
        WorkTask task = work.ofCase(dossier.getCode()).stream()
                .filter(t -> !"Task_ExtendDeadline".equals(t.stepKey())).findFirst().orElseThrow();
        work.complete(task.id(), user, groups, form);
    }

    private void claim(Dossier dossier, String user) {
        claim(dossier, user, SPECIALIST);
    }

    private void claim(Dossier dossier, String user, List<String> groups) {
        WorkTask task = work.ofCase(dossier.getCode()).stream().findFirst().orElseThrow();
        work.claim(task.id(), user, groups);
    }

    private void returnResult(Dossier dossier) {
        jobs.runJobsAt(dossiers.get(dossier.getCode()).getProcessInstanceId(), "Task_ReturnResult");
    }

    /** Sets the clocks to a working day {@code workingDaysAgo} before today, at the given hour. */
    private void at(int workingDaysAgo, int hour) {
        clock.setTo(dateAgo(workingDaysAgo).atTime(LocalTime.of(hour, 15)).atZone(zone()).toInstant());
    }

    private LocalDate dateAgo(int workingDaysAgo) {
        clock.reset();
        LocalDate day = LocalDate.now(clock.withZone(zone()));
        if (!calendar.isWorkingDay(day) || day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day = calendar.subtractWorkingDays(day, 1);
        }
        return workingDaysAgo == 0 ? day : calendar.subtractWorkingDays(day, workingDaysAgo);
    }

    private ZoneId zone() {
        return calendar.zone();
    }
}
