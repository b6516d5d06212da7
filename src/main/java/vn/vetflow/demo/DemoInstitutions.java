package vn.vetflow.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.Roles;
import vn.vetflow.inspectionplan.InspectionPlans;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.InstitutionType;
import vn.vetflow.institution.Institutions;
import vn.vetflow.institution.NetworkMap;
import vn.vetflow.institution.Occupation;
import vn.vetflow.institution.OccupationLevel;
import vn.vetflow.institution.ParticularsChanges;
import vn.vetflow.institution.ParticularsForm;

/**
 * The province's VET institutions for the demo (Lào Cai, which absorbed Yên Bái in 2025): colleges,
 * intermediate schools, centres and an enterprise, with registered occupations, periodic reports,
 * complaints and past inspections laid out so that some score high on the risk hints; the demo
 * institution accounts ({@code coso}, {@code coso2}..{@code coso4}, password {@code demo}); this year's
 * approved inspection plan and next year's draft. Runs after the other demo runners (order 5); the
 * inspection demo, if any, runs after it and starts some of this year's plan items.
 */
@Component
@Profile("demo")
@Order(5)
class DemoInstitutions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInstitutions.class);

    /** username, first name, last name, e-mail, institution, position. */
    private record StaffAccount(String username, String firstName, String lastName, String email, String institution,
                                String position) {
    }

    /** The existing {@code coso} and three more institution accounts. */
    static final List<String> NEW_ACCOUNTS = List.of("coso2", "coso3", "coso4");

    private static final List<StaffAccount> STAFF = List.of(
            new StaffAccount("coso", null, null, null, "TC-NGHIALO-01", "Trưởng phòng Đào tạo"),
            new StaffAccount("coso2", "Hương", "Nguyễn Thị", "coso2@example.vn", "CD-NGHE-01", "Phó Trưởng phòng Đào tạo"),
            new StaffAccount("coso3", "Tuấn", "Hoàng Văn", "coso3@example.vn", "TT-VANYEN-01", "Phó Giám đốc"),
            new StaffAccount("coso4", "Sính", "Vàng A", "coso4@example.vn", "TT-MUCANGCHAI-01", "Cán bộ giáo vụ"));

    private final Institutions institutions;
    private final NetworkMap network;
    private final ParticularsChanges changes;
    private final InspectionPlans plans;
    private final IdentityService identity;
    private final Clock clock;
    private final String password;

    DemoInstitutions(Institutions institutions, NetworkMap network, ParticularsChanges changes, InspectionPlans plans,
                     IdentityService identity, Clock clock, @Value("${vetflow.demo.password}") String password) {
        this.institutions = institutions;
        this.network = network;
        this.changes = changes;
        this.plans = plans;
        this.identity = identity;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (institutions.byCode("CD-NGHE-01").isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        register(today);
        places();
        accounts();
        proposals();
        plans(today);
        log.info("Demo institutions ready: {} institutions, plans {}", institutions.all().size(),
                plans.plans().stream().map(p -> p.year() + " " + p.status()).toList());
    }

    /**
     * Places on the public map, set by hand near each address (not surveyed, so marked approximate). The
     * export company has not given its place yet: the map lists it without a marker.
     */
    private void places() {
        Map<String, double[]> places = Map.ofEntries(
                Map.entry("CD-NGHE-01", new double[] {21.7052, 104.8801}),
                Map.entry("CD-LAOCAI-01", new double[] {22.4153, 104.0004}),
                Map.entry("CD-YENBAI-01", new double[] {21.7151, 104.9052}),
                Map.entry("TC-NGHIALO-01", new double[] {21.6003, 104.5102}),
                Map.entry("TC-KTKT-01", new double[] {21.7203, 104.9104}),
                Map.entry("TC-DULICH-SAPA", new double[] {22.3361, 103.8432}),
                Map.entry("TT-VANYEN-01", new double[] {21.8781, 104.6903}),
                Map.entry("TT-LUCYEN-01", new double[] {22.1102, 104.7704}),
                Map.entry("TT-MUCANGCHAI-01", new double[] {21.8503, 104.0901}),
                Map.entry("TT-BACHA-01", new double[] {22.5402, 104.2903}),
                Map.entry("TT-BATXAT-01", new double[] {22.5401, 103.8902}));
        places.forEach((code, at) -> network.place(code, new NetworkMap.Place(java.math.BigDecimal.valueOf(at[0]),
                java.math.BigDecimal.valueOf(at[1]), null, true)));
    }

    /** A proposal waiting for the Department, and an earlier one it rejected. */
    private void proposals() {
        long rejected = changes.propose("TC-NGHIALO-01", "coso", new ParticularsForm("Tổ 3, phường Nghĩa Lộ, tỉnh Lào Cai",
                "Phường Nghĩa Lộ", "0216 3870 123", "coso@example.vn", "", "Lò Văn Piềng", "21.9", "104.51"));
        changes.reject(rejected, "kiemtra", "Tọa độ lệch khoảng 30 km so với địa chỉ; đề nghị kiểm tra lại.");
        changes.propose("CD-NGHE-01", "coso2", new ParticularsForm("Tổ 10, phường Nam Cường, tỉnh Lào Cai",
                "Phường Nam Cường", "0216 3862 399", "tuyensinh.cdnyenbai@example.vn", "https://cdnyenbai.example.vn",
                "Nguyễn Văn Thắng", "21.70561", "104.88034"));
    }

    private void register(LocalDate today) {
        institution("CD-NGHE-01", "Trường Cao đẳng nghề Yên Bái", InstitutionType.COLLEGE,
                "Tổ 10, phường Nam Cường, tỉnh Lào Cai", "Phường Nam Cường", "0216 3862 345", "cdnyenbai@example.vn",
                LocalDate.of(2007, 8, 10), "Nguyễn Văn Thắng", today.minusMonths(14));
        occupations("CD-NGHE-01",
                new Occupation("6520227", "Điện công nghiệp", OccupationLevel.COLLEGE, 120, 112),
                new Occupation("6510216", "Công nghệ ô tô", OccupationLevel.COLLEGE, 90, 95),
                new Occupation("6520205", "Hàn", OccupationLevel.COLLEGE, 60, 48),
                new Occupation("5480202", "Tin học ứng dụng", OccupationLevel.INTERMEDIATE, 70, 66));

        institution("CD-LAOCAI-01", "Trường Cao đẳng Lào Cai", InstitutionType.COLLEGE,
                "Đường Hoàng Quốc Việt, phường Cam Đường, tỉnh Lào Cai", "Phường Cam Đường", "0214 3840 200",
                "cdlaocai@example.vn", LocalDate.of(2010, 6, 1), "Trần Quang Minh", today.minusMonths(26));
        occupations("CD-LAOCAI-01",
                new Occupation("6340302", "Kế toán doanh nghiệp", OccupationLevel.COLLEGE, 100, 87),
                new Occupation("6810101", "Hướng dẫn du lịch", OccupationLevel.COLLEGE, 80, 86),
                new Occupation("6620116", "Chăn nuôi - Thú y", OccupationLevel.COLLEGE, 60, 41));

        institution("CD-YENBAI-01", "Trường Cao đẳng Yên Bái", InstitutionType.COLLEGE,
                "Số 1 đường Điện Biên, phường Yên Bái, tỉnh Lào Cai", "Phường Yên Bái", "0216 3852 118",
                "cdyenbai@example.vn", LocalDate.of(2018, 12, 15), "Lê Thị Thanh Hà", today.minusMonths(9));
        occupations("CD-YENBAI-01",
                new Occupation("6720301", "Điều dưỡng", OccupationLevel.COLLEGE, 150, 148),
                new Occupation("6340404", "Quản trị kinh doanh", OccupationLevel.COLLEGE, 60, 52),
                new Occupation("5810207", "Kỹ thuật chế biến món ăn", OccupationLevel.INTERMEDIATE, 50, 50));

        institution("TC-NGHIALO-01", "Trường Trung cấp Kỹ thuật Nông Lâm Nghĩa Lộ", InstitutionType.INTERMEDIATE,
                "Tổ 3, phường Nghĩa Lộ, tỉnh Lào Cai", "Phường Nghĩa Lộ", "0216 3870 123", "coso@example.vn",
                LocalDate.of(2004, 9, 1), "Lò Văn Piềng", today.minusMonths(38));
        occupations("TC-NGHIALO-01",
                new Occupation("5620102", "Trồng trọt và bảo vệ thực vật", OccupationLevel.INTERMEDIATE, 50, 56),
                new Occupation("5620201", "Lâm sinh", OccupationLevel.INTERMEDIATE, 40, 35),
                new Occupation("4620116", "Chăn nuôi gia súc, gia cầm", OccupationLevel.ELEMENTARY, 60, 58));

        institution("TC-KTKT-01", "Trường Trung cấp Kinh tế - Kỹ thuật Yên Bái", InstitutionType.INTERMEDIATE,
                "Số 12 đường Điện Biên, phường Yên Bái, tỉnh Lào Cai", "Phường Yên Bái", "0216 3855 402",
                "tcktkt@example.vn", LocalDate.of(2011, 3, 20), "Nguyễn Thị Thu Hằng", today.minusMonths(20));
        occupations("TC-KTKT-01",
                new Occupation("5340302", "Kế toán doanh nghiệp", OccupationLevel.INTERMEDIATE, 60, 44),
                new Occupation("5540205", "May thời trang", OccupationLevel.INTERMEDIATE, 70, 70),
                new Occupation("4520227", "Điện dân dụng", OccupationLevel.ELEMENTARY, 45, 47));
        institutions.recordComplaint("TC-KTKT-01", today.minusDays(75),
                "Phản ánh chậm cấp chứng chỉ sơ cấp cho học viên khóa tháng 5");

        institution("TC-DULICH-SAPA", "Trường Trung cấp Du lịch Sa Pa", InstitutionType.INTERMEDIATE,
                "Số 25 đường Ngũ Chỉ Sơn, phường Sa Pa, tỉnh Lào Cai", "Phường Sa Pa", "0214 3871 555",
                "tcdlsapa@example.vn", LocalDate.of(2015, 5, 19), "Giàng Thị Mỷ", today.minusMonths(50));
        occupations("TC-DULICH-SAPA",
                new Occupation("5810205", "Nghiệp vụ lễ tân", OccupationLevel.INTERMEDIATE, 60, 75),
                new Occupation("5810201", "Hướng dẫn du lịch", OccupationLevel.INTERMEDIATE, 50, 54),
                new Occupation("4810207", "Kỹ thuật chế biến món ăn", OccupationLevel.ELEMENTARY, 40, 38));

        institution("TT-VANYEN-01", "Trung tâm GDNN - GDTX Văn Yên", InstitutionType.CENTRE,
                "Thôn 1, xã Mậu A, tỉnh Lào Cai", "Xã Mậu A", "0216 3835 210", "ttvanyen@example.vn",
                LocalDate.of(2018, 1, 2), "Hoàng Văn Dũng", today.minusMonths(30));
        occupations("TT-VANYEN-01",
                new Occupation("4620101", "Trồng quế và chế biến tinh dầu quế", OccupationLevel.ELEMENTARY, 80, 84),
                new Occupation("4540205", "May công nghiệp", OccupationLevel.ELEMENTARY, 60, 52));

        institution("TT-LUCYEN-01", "Trung tâm GDNN - GDTX Lục Yên", InstitutionType.CENTRE,
                "Tổ 6, xã Lục Yên, tỉnh Lào Cai", "Xã Lục Yên", "0216 3845 122", "ttlucyen@example.vn",
                LocalDate.of(2018, 1, 2), "Đặng Văn Hùng", today.minusMonths(16));
        occupations("TT-LUCYEN-01",
                new Occupation("4520264", "Sửa chữa máy nông nghiệp", OccupationLevel.ELEMENTARY, 40, 36),
                new Occupation("4620102", "Trồng rau an toàn", OccupationLevel.ELEMENTARY, 60, 61));

        institution("TT-MUCANGCHAI-01", "Trung tâm GDNN - GDTX Mù Cang Chải", InstitutionType.CENTRE,
                "Tổ 2, xã Mù Cang Chải, tỉnh Lào Cai", "Xã Mù Cang Chải", "0216 3878 036", "ttmcc@example.vn",
                LocalDate.of(2019, 7, 1), "Giàng A Chu", null);
        occupations("TT-MUCANGCHAI-01",
                new Occupation("4810101", "Du lịch cộng đồng", OccupationLevel.ELEMENTARY, 40, 43),
                new Occupation("4540208", "Thêu ren thổ cẩm", OccupationLevel.ELEMENTARY, 30, 27));
        institutions.recordComplaint("TT-MUCANGCHAI-01", today.minusDays(40),
                "Học viên phản ánh chưa được nhận hỗ trợ tiền ăn theo quy định");
        institutions.recordComplaint("TT-MUCANGCHAI-01", today.minusDays(150),
                "Phản ánh lớp học nghề tổ chức không đủ số buổi thực hành");

        institution("TT-BACHA-01", "Trung tâm GDNN - GDTX Bắc Hà", InstitutionType.CENTRE,
                "Tổ dân phố 3, xã Bắc Hà, tỉnh Lào Cai", "Xã Bắc Hà", "0214 3880 214", "ttbacha@example.vn",
                LocalDate.of(2018, 1, 2), "Lù Văn Sáng", today.minusMonths(25));
        occupations("TT-BACHA-01",
                new Occupation("4620103", "Trồng cây ăn quả ôn đới", OccupationLevel.ELEMENTARY, 50, 49),
                new Occupation("4620116", "Chăn nuôi gia súc, gia cầm", OccupationLevel.ELEMENTARY, 40, 40));

        institution("TT-BATXAT-01", "Trung tâm GDNN - GDTX Bát Xát", InstitutionType.CENTRE,
                "Khu 4, xã Bát Xát, tỉnh Lào Cai", "Xã Bát Xát", "0214 3883 117", "ttbatxat@example.vn",
                LocalDate.of(2018, 1, 2), "Phàn Văn Lở", today.minusMonths(11));
        occupations("TT-BATXAT-01",
                new Occupation("4520232", "Vận hành máy xúc, máy ủi", OccupationLevel.ELEMENTARY, 30, 34),
                new Occupation("4540208", "Thêu ren thổ cẩm", OccupationLevel.ELEMENTARY, 30, 22));

        institution("DN-HOANGLIEN-01", "Công ty Cổ phần May xuất khẩu Hoàng Liên", InstitutionType.OTHER,
                "Khu công nghiệp Bắc Duyên Hải, phường Cam Đường, tỉnh Lào Cai", "Phường Cam Đường", "0214 3851 789",
                "daotao@hoanglien.example.vn", LocalDate.of(2016, 4, 4), "Phạm Thị Lan", null);
        occupations("DN-HOANGLIEN-01",
                new Occupation("4540205", "May công nghiệp", OccupationLevel.ELEMENTARY, 100, 108));
        institutions.recordComplaint("DN-HOANGLIEN-01", today.minusDays(20),
                "Người học phản ánh thu phí đào tạo nhưng chưa ký hợp đồng đào tạo");
        institutions.recordComplaint("DN-HOANGLIEN-01", today.minusDays(95),
                "Phản ánh quảng cáo tuyển sinh nghề chưa đăng ký");
        institutions.recordComplaint("DN-HOANGLIEN-01", today.minusDays(210),
                "Phản ánh chưa cấp chứng chỉ sơ cấp sau khi hoàn thành khóa học");
    }

    private void institution(String code, String name, InstitutionType type, String address, String district,
                             String phone, String email, LocalDate establishedOn, String principal,
                             LocalDate lastInspectedOn) {
        institutions.create(new InstitutionSummary(code, name, type, address, district, phone, email, establishedOn,
                principal, lastInspectedOn));
    }

    private void occupations(String code, Occupation... occupations) {
        institutions.replaceOccupations(code, Arrays.asList(occupations));
    }

    private void accounts() {
        for (StaffAccount staff : STAFF) {
            if (staff.firstName() != null && identity.createUserQuery().userId(staff.username()).count() == 0) {
                User user = identity.newUser(staff.username());
                user.setFirstName(staff.firstName());
                user.setLastName(staff.lastName());
                user.setEmail(staff.email());
                user.setPassword(password);
                identity.saveUser(user);
                identity.createMembership(staff.username(), Roles.INSTITUTION);
            }
            if (identity.createUserQuery().userId(staff.username()).count() > 0) {
                institutions.link(staff.username(), staff.institution(), staff.position());
            }
        }
    }

    /** This year's plan approved by the leader; next year's still a draft. */
    private void plans(LocalDate today) {
        int year = today.getYear();
        plans.create(year, "kiemtra");
        item(year, "TT-MUCANGCHAI-01", 1, "Tập trung hỗ trợ người học và chế độ báo cáo", "enrolment", "reporting",
                "finance");
        item(year, "TC-DULICH-SAPA", 2, "Tuyển sinh vượt quy mô nghề Nghiệp vụ lễ tân", "enrolment", "facilities",
                "teachers");
        item(year, "DN-HOANGLIEN-01", 2, "Theo phản ánh của người học", "name", "advertising", "exams", "diplomas",
                "finance");
        item(year, "TC-NGHIALO-01", 3, null, "facilities", "programmes", "digital");
        item(year, "CD-LAOCAI-01", 4, "Kiểm tra theo hình thức trực tuyến, qua hồ sơ", "quality", "governance");
        plans.submit(year, "kiemtra");
        plans.returnToDraft(year, "lanhdao", "Bổ sung Trung tâm GDNN - GDTX Văn Yên (báo cáo năm nộp muộn).");
        item(year, "TT-VANYEN-01", 3, "Bổ sung theo ý kiến lãnh đạo Sở", "reporting", "enrolment");
        plans.submit(year, "kiemtra");
        plans.approve(year, "lanhdao");

        plans.create(year + 1, "kiemtra");
        item(year + 1, "TC-KTKT-01", 1, "Theo phản ánh về cấp chứng chỉ", "exams", "diplomas", "reporting");
        item(year + 1, "TT-BACHA-01", 2, null, "facilities", "teachers", "digital");
    }

    private void item(int year, String code, int quarter, String note, String... topics) {
        plans.addItem(year, code, List.of(topics), quarter, note, "kiemtra");
    }

    /** Which institution each demo staff account belongs to, for the README and tests. */
    static Map<String, String> staff() {
        return STAFF.stream().collect(java.util.stream.Collectors.toMap(StaffAccount::username,
                StaffAccount::institution));
    }
}
