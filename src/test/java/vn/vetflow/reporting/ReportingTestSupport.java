package vn.vetflow.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.Roles;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.InstitutionType;
import vn.vetflow.institution.Institutions;
import vn.vetflow.institution.Occupation;
import vn.vetflow.institution.OccupationLevel;
import vn.vetflow.support.TestUsers;
import vn.vetflow.tasks.TaskWork;

/** Institutions, users and figures shared by the reporting tests. */
@Component
public class ReportingTestSupport {

    public static final String INSTITUTION = "RP-TEST-01";
    public static final String OTHER_INSTITUTION = "RP-TEST-02";
    public static final List<String> STAFF = List.of(Roles.INSTITUTION);
    public static final List<String> SPECIALIST = List.of(Roles.SPECIALIST, "gdnn");
    public static final List<String> LEADER = List.of(Roles.LEADER, "gdnn");
    public static final String STAFF_EMAIL = "rpstaff@example.vn";
    public static final String LEADER_EMAIL = "rpleader@example.vn";

    private final Institutions institutions;
    private final TestUsers users;
    private final IdentityService identity;
    private final ReportingRounds rounds;
    private final TaskWork taskWork;

    ReportingTestSupport(Institutions institutions, TestUsers users, IdentityService identity, ReportingRounds rounds,
                         TaskWork taskWork) {
        this.institutions = institutions;
        this.users = users;
        this.identity = identity;
        this.rounds = rounds;
        this.taskWork = taskWork;
    }

    public void ensure() {
        users.ensure("rpstaff", "pw", Roles.INSTITUTION, List.of());
        users.ensure("rpother", "pw", Roles.INSTITUTION, List.of());
        users.ensure("rpspecialist", "pw", Roles.SPECIALIST, List.of("gdnn"));
        users.ensure("rpleader", "pw", Roles.LEADER, List.of("gdnn"));
        users.ensure("rpinspector", "pw", Roles.INSPECTOR, List.of("kiemtra"));
        email("rpstaff", STAFF_EMAIL);
        email("rpleader", LEADER_EMAIL);
        if (institutions.byCode(INSTITUTION).isEmpty()) {
            institution(INSTITUTION, "Trường Trung cấp Thử nghiệm Báo cáo", "rpstaff");
            institutions.replaceOccupations(INSTITUTION, List.of(
                    new Occupation("5520227", "Điện công nghiệp", OccupationLevel.INTERMEDIATE, 100, 90),
                    new Occupation("6480201", "Công nghệ thông tin", OccupationLevel.COLLEGE, 80, 70)));
            institution(OTHER_INSTITUTION, "Trường Cao đẳng Thử nghiệm Báo cáo Khác", "rpother");
        }
    }

    private void email(String user, String address) {
        var found = identity.createUserQuery().userId(user).singleResult();
        if (found.getEmail() == null) {
            found.setEmail(address);
            identity.saveUser(found);
        }
    }

    private void institution(String code, String name, String member) {
        institutions.create(new InstitutionSummary(code, name, InstitutionType.INTERMEDIATE,
                "Phường Nghĩa Lộ, tỉnh Lào Cai", "Nghĩa Lộ", "0216 3000 111", code.toLowerCase() + "@example.vn",
                LocalDate.of(2012, 1, 1), "Trần Thị Hiệu trưởng", null));
        institutions.link(member, code, "Cán bộ thống kê");
    }

    /** Valid figures of the form: every single figure, teachers 40 of whom 30 trained. */
    public static Map<String, Object> figures() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("teachers", "40");
        values.put("teachersDigitalCompetence", "30");
        values.put("teachersDigitalMaterials", "12");
        values.put("learners", "900");
        values.put("ruralLabourTrained", "150");
        values.put("programmes", "10");
        values.put("programmesDigitalOutcomes", "6");
        values.put("itProgrammes", "2");
        values.put("itProgrammesUpdated", "2");
        values.put("onlineClassrooms", "5");
        values.put("learningRecords", "900");
        values.put("learningRecordsDigitised", "700");
        values.put("diplomasIssued", "300");
        values.put("diplomasDigitised", "250");
        values.put("connectedNationalPlatform", "1");
        values.put("connectedDocumentSystem", "1");
        values.put("digitalSchoolCriteriaMet", "0");
        return values;
    }

    /** The enrolment and graduates cells of RP-TEST-01's two occupations. */
    public static Map<String, String> cells() {
        Map<String, String> cells = new HashMap<>();
        for (String table : List.of("enrolment", "graduates")) {
            cells.put("t." + table + ".INTERMEDIATE|5520227", "45");
            cells.put("t." + table + ".COLLEGE|6480201", "30");
        }
        return cells;
    }

    public Report report(String round, String institution) {
        return rounds.reports(rounds.round(round).orElseThrow()).stream()
                .filter(r -> r.institutionCode().equals(institution)).findFirst().orElseThrow();
    }

    public String task(String round, String institution, String step) {
        return rounds.openTask(report(round, institution), step)
                .orElseThrow(() -> new AssertionError("No " + step + " open for " + institution + " in " + round));
    }

    /** Submits the report through the task door, as the page does. */
    public void submit(String round, String institution, String user, Map<String, Object> values,
                       Map<String, String> cells) {
        taskWork.complete(task(round, institution, ReportingProcess.FILL), user, STAFF, values,
                new ReportInput(cells, List.of(new ReportInput.Upload("minh-chung.pdf", "application/pdf",
                        "%PDF-1.4 minh chung".getBytes()))));
    }

    public void review(String round, String institution, String user, List<String> groups, String decision,
                       String comment) {
        Map<String, Object> values = new HashMap<>();
        values.put("reviewDecision", decision);
        if (comment != null) {
            values.put("reviewComment", comment);
        }
        taskWork.complete(task(round, institution, ReportingProcess.REVIEW), user, groups, values);
    }
}
