package vn.vetflow.inspection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.Roles;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.InstitutionType;
import vn.vetflow.institution.Institutions;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.tasks.WorkTask;

/** Institutions, users and step inputs shared by the inspection tests. */
@Component
public class InspectionTestSupport {

    public static final String INSTITUTION = "TEST-KT-01";
    public static final String OTHER_INSTITUTION = "TEST-KT-02";
    public static final List<String> INSPECTOR = List.of(Roles.INSPECTOR, "kiemtra");
    public static final List<String> LEADER = List.of(Roles.LEADER, "kiemtra");
    public static final List<String> STAFF = List.of(Roles.INSTITUTION);
    public static final String LEADER_EMAIL = "ktleader@example.vn";

    private final Institutions institutions;
    private final TestUsers users;
    private final Inspections inspections;
    private final TaskService taskService;
    private final org.camunda.bpm.engine.IdentityService identity;
    private final TaskWork taskWork;

    InspectionTestSupport(Institutions institutions, TestUsers users, Inspections inspections, TaskService taskService,
                          org.camunda.bpm.engine.IdentityService identity, TaskWork taskWork) {
        this.taskWork = taskWork;
        this.identity = identity;
        this.institutions = institutions;
        this.users = users;
        this.inspections = inspections;
        this.taskService = taskService;
    }

    public void ensure() {
        users.ensure("ktinspector", "pw", Roles.INSPECTOR, List.of("kiemtra"));
        users.ensure("ktleader", "pw", Roles.LEADER, List.of("kiemtra"));
        var leader = identity.createUserQuery().userId("ktleader").singleResult();
        if (leader.getEmail() == null) {
            leader.setEmail(LEADER_EMAIL);
            identity.saveUser(leader);
        }
        users.ensure("ktspecialist", "pw", Roles.SPECIALIST, List.of("gdnn"));
        users.ensure("ktstaff", "pw", Roles.INSTITUTION, List.of());
        users.ensure("ktother", "pw", Roles.INSTITUTION, List.of());
        users.ensure("ktapplicant", "pw", Roles.APPLICANT, List.of());
        users.ensure("ktsupervisor", "pw", Roles.SUPERVISOR, List.of());
        institution(INSTITUTION, "Trường Trung cấp Thử nghiệm Kiểm tra", "ktstaff");
        institution(OTHER_INSTITUTION, "Trường Cao đẳng Thử nghiệm Khác", "ktother");
    }

    private void institution(String code, String name, String member) {
        if (institutions.byCode(code).isEmpty()) {
            institutions.create(new InstitutionSummary(code, name, InstitutionType.INTERMEDIATE,
                    "Phường Nghĩa Lộ, tỉnh Lào Cai", "Nghĩa Lộ", "0216 3000 000", code.toLowerCase() + "@example.vn",
                    LocalDate.of(2010, 1, 1), "Nguyễn Văn Hiệu trưởng", null));
            institutions.link(member, code, "Cán bộ phụ trách");
        }
    }

    public void ensureInspector(String username) {
        users.ensure(username, "pw", Roles.INSPECTOR, List.of("kiemtra"));
    }

    public String start() {
        return inspections.start(INSTITUTION, "Kiểm tra điều kiện bảo đảm hoạt động giáo dục nghề nghiệp", "AD_HOC",
                null, "ktinspector");
    }

    public Task task(String code, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).list().stream()
                .findFirst().orElseThrow(() -> new AssertionError("No task " + key + " open for " + code));
    }

    public void work(String code, String key, String user, List<String> groups, Map<String, Object> values) {
        complete(task(code, key).getId(), user, groups, Inspections.StepInput.of(values));
    }

    public void work(String code, String key, String user, List<String> groups, Inspections.StepInput input) {
        complete(task(code, key).getId(), user, groups, input);
    }

    /** Completes a step through the task door, as the pages do. */
    public void complete(String taskId, String user, List<String> groups, Inspections.StepInput input) {
        taskWork.complete(taskId, user, groups, input.values(), input);
    }

    /** The BPMN ids of the inspection's open steps, oldest first. */
    public List<String> openSteps(String code) {
        return taskWork.ofCase(code).stream().map(WorkTask::stepKey).toList();
    }

    public static Map<String, Object> decision() {
        return Map.of("decisionNumber", "15/QĐ-SGDĐT", "decisionSubject", "Kiểm tra việc thực hiện quy định về"
                        + " điều kiện bảo đảm hoạt động giáo dục nghề nghiệp", "legalBasis", "Nghị định 217/2025/NĐ-CP",
                "inspectionMode", "ON_SITE", "checkFrom", "2026-03-16", "checkTo", "2026-03-27",
                "teamLead", "ktinspector", "teamMembers", "ktleader");
    }

    /** The plan drawn up by ktinspector and approved by ktleader, who signed the decision. */
    public void planApproved(String code) {
        work(code, "Task_Plan", "ktinspector", INSPECTOR, plan("ktinspector"));
        work(code, "Task_ApprovePlan", "ktleader", LEADER, Map.of("planApproval", "APPROVE"));
    }

    public static Map<String, Object> plan(String lead) {
        return Map.of("planContent", "Kế hoạch kiểm tra", "teamLead", lead, "teamMembers", lead + ", ktleader");
    }

    public static Map<String, Object> notice(String channel) {
        return Map.of("noticeContent", "Thông báo kiểm tra", "noticeChannel", channel,
                "selfAssessmentRequest", "Tự đánh giá theo danh mục");
    }

    /** Every item compliant except the given ones (item code → violation?). */
    public Inspections.StepInput check(Map<String, Boolean> findings) {
        Map<String, Inspections.CheckInput> items = new LinkedHashMap<>();
        for (Checklists.Item item : inspections.checklist().items()) {
            Boolean violation = findings.get(item.code());
            items.put(item.code(), violation == null ? new Inspections.CheckInput("COMPLIANT", false, null)
                    : new Inspections.CheckInput("FINDING", violation, "Phát hiện tại " + item.code()));
        }
        return new Inspections.StepInput(Map.of("checkMode", "ON_SITE", "checkSummary", "Đã kiểm tra trực tiếp"),
                null, items, null);
    }

    public static Inspections.StepInput withFiles(Map<String, Object> values) {
        return new Inspections.StepInput(values, List.of(new Inspections.Upload("minh-chung.pdf", "application/pdf",
                TestSubmissions.PDF)), null, null);
    }

    public static Inspections.StepInput conclusion(LocalDate due, String... texts) {
        List<Inspections.RecommendationDraft> drafts = new java.util.ArrayList<>();
        for (String text : texts) {
            drafts.add(new Inspections.RecommendationDraft("teachers", text, due));
        }
        return new Inspections.StepInput(new HashMap<>(Map.of("conclusionNumber", "20/KL-SGDĐT",
                "conclusionContent", "Kết luận kiểm tra")), null, null, drafts);
    }
}
