package vn.vetflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vetflow.inspection.InspectionTestSupport.STAFF;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.documents.SignatureVerifier;
import vn.vetflow.documents.Verification;
import vn.vetflow.identity.Roles;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.EventPublications;
import vn.vetflow.support.TestDocuments;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/**
 * The inspection decision and minutes as issued documents: recorded in their step, rendered and
 * PAdES-signed after commit by the person who decided (the leader who signed the decision, the team
 * leader for the minutes), with the Department's header and register, the team by full name, the
 * grounds before the articles and the institution's signature block; shown "being prepared" until then,
 * and downloadable only by those who may see the inspection.
 */
@VetflowTest
class InspectionDocumentsTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String LEADER = "ktdocleader";
    static final String LEADER_NAME = "Phạm Quốc Dũng";
    static final String LEAD = "ktdoclead";
    static final String LEAD_NAME = "Nguyễn Thị Hoa";
    static final String MEMBER = "ktdocmember";
    static final String MEMBER_NAME = "Lê Văn Minh";
    static final String INSTITUTION_NAME = "Trường Trung cấp Thử nghiệm Kiểm tra";

    @Autowired InspectionTestSupport support;
    @Autowired Inspections inspections;
    @Autowired TestUsers users;
    @Autowired IdentityService identity;
    @Autowired EventPublications publications;
    @Autowired InspectionDocumentPreparation preparation;
    @Autowired SignatureVerifier verifier;
    @Autowired AdjustableClock clock;
    @Autowired MockMvc mvc;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void people() {
        support.ensure();
        person(LEADER, Roles.LEADER, "Quốc Dũng", "Phạm");
        person(LEAD, Roles.INSPECTOR, "Thị Hoa", "Nguyễn");
        person(MEMBER, Roles.INSPECTOR, "Văn Minh", "Lê");
        clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(VN).toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDecisionIsNumberedSignedByTheLeaderAndNamesTheTeamAfterTheGrounds() throws Exception {
        String code = support.start();
        Set<UUID> before = publications.snapshot();
        signedDecision(code);
        InspectionDocument recorded = document(code, "DECISION");
        // Recorded in the step: numbered from the Department's register, its PDF still to come.
        assertThat(recorded.number()).matches("\\d+/QĐ-SGDĐT");
        assertThat(inspections.get(code).decisionNumber()).isEqualTo(recorded.number());
        assertThat(recorded.hasPdf() || recorded.preparing()).isTrue();

        publications.awaitReactions(before);
        InspectionDocument decision = document(code, "DECISION");
        assertThat(decision.hasPdf()).isTrue();
        assertThat(decision.preparing()).isFalse();
        byte[] pdf = inspections.pdf(code, decision.id()).orElseThrow();

        Verification verification = verifier.verify(pdf);
        assertThat(verification.status()).isEqualTo(Verification.Status.VALID);
        assertThat(verification.signerName()).isEqualTo(LEADER_NAME);

        String text = TestDocuments.text(pdf);
        assertThat(text).contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: " + decision.number(), "QUYẾT ĐỊNH",
                "Về việc kiểm tra chuyên ngành đối với " + INSTITUTION_NAME,
                "Căn cứ Nghị định số 217/2025/NĐ-CP", "Xét đề nghị của",
                "1. " + LEAD_NAME + " - Trưởng đoàn;", "2. " + MEMBER_NAME + " - Thành viên;",
                "Thời kỳ kiểm tra: từ 16/03/2026 đến 27/03/2026", "10 ngày làm việc",
                "Nơi nhận:", "(Đã ký điện tử)", LEADER_NAME);
        // Grounds, then "QUYẾT ĐỊNH:", then the articles in order.
        int grounds = text.indexOf("Căn cứ Nghị định");
        int proposal = text.indexOf("Xét đề nghị của");
        int decides = text.indexOf("QUYẾT ĐỊNH:");
        int article1 = text.indexOf("Điều 1.");
        int article2 = text.indexOf("Điều 2.");
        int article3 = text.indexOf("Điều 3.");
        assertThat(List.of(grounds, proposal, decides, article1, article2, article3)).doesNotContain(-1).isSorted();
        assertThat(text.indexOf(LEAD_NAME)).isBetween(article2, article3);
        // Full names, never logins.
        assertThat(text).doesNotContain(LEADER, LEAD, MEMBER);

        // The public verification page finds it by number and code, and recognises the uploaded file.
        String verificationCode = jdbc.queryForObject("select verification_code from inspection_document where id = ?",
                String.class, decision.id());
        assertThat(text).contains("Mã xác thực văn bản: " + verificationCode);
        String answer = mvc.perform(post("/verify").with(csrf()).with(request -> {
                    request.setRemoteAddr("10.14.7.1");
                    return request;
                }).param("number", decision.number()).param("code", verificationCode.toLowerCase()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("Hợp lệ: chữ ký số đúng", decision.number(), LEADER_NAME);
        String uploaded = mvc.perform(multipart("/verify/upload").file(new MockMultipartFile("file", "qd.pdf",
                        "application/pdf", pdf)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(uploaded).contains("Hợp lệ: chữ ký số đúng", decision.number(), LEADER_NAME);
        byte[] changed = pdf.clone();
        int at = new String(changed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream") + 16;
        changed[at] = (byte) (changed[at] ^ 0x01);
        assertThat(verifier.verify(changed).status()).isEqualTo(Verification.Status.INVALID);

        // A repeated run of the preparation (a retried publication) changes nothing.
        preparation.prepare(decision.id());
        assertThat(inspections.pdf(code, decision.id()).orElseThrow()).isEqualTo(pdf);
    }

    @Test
    void theMinutesCarryTheInstitutionsSignatureBlockBesideTheTeamLeadersAndTheLeaderSigns() throws Exception {
        String code = support.start();
        signedDecision(code);
        checked(code);
        Set<UUID> before = publications.snapshot();
        support.work(code, "Task_Minutes", LEAD, List.of(Roles.INSPECTOR, "kiemtra"),
                Map.of("minutesPlace", "Trụ sở Trường", "minutesContent", "Đoàn làm việc với nhà trường.",
                        "representatives", "Trần Văn Hùng - Hiệu trưởng\nĐỗ Thị Lan - Trưởng phòng Đào tạo"));
        publications.awaitReactions(before);

        InspectionDocument minutes = document(code, "MINUTES");
        byte[] pdf = inspections.pdf(code, minutes.id()).orElseThrow();
        Verification verification = verifier.verify(pdf);
        assertThat(verification.status()).isEqualTo(Verification.Status.VALID);
        assertThat(verification.signerName()).isEqualTo(LEAD_NAME);

        String text = TestDocuments.text(pdf);
        assertThat(text).contains("BIÊN BẢN KIỂM TRA", "Thực hiện Quyết định số "
                        + inspections.get(code).decisionNumber(), "Thời gian: ", "Địa điểm: Trụ sở Trường",
                "1. " + LEAD_NAME + " - Trưởng đoàn;", "2. " + MEMBER_NAME + " - Thành viên;",
                "1. Trần Văn Hùng - Hiệu trưởng", "2. Đỗ Thị Lan - Trưởng phòng Đào tạo", "(vi phạm)");
        // The two signature blocks side by side: the institution's at the left, the team leader's at the right.
        assertThat(text).contains("ĐẠI DIỆN CƠ SỞ ĐƯỢC KIỂM TRA TRƯỞNG ĐOÀN KIỂM TRA");
        assertThat(text.indexOf("Trần Văn Hùng", text.indexOf("ĐẠI DIỆN CƠ SỞ")))
                .isLessThan(text.lastIndexOf(LEAD_NAME));
        assertThat(text).doesNotContain(LEAD + " ", MEMBER);

        // Who may download it: the team, the inspected institution; not another institution, not anonymous.
        String path = "/my/inspections/" + code + "/documents/" + minutes.id();
        mvc.perform(get(path).with(user("ktstaff").roles(Roles.INSTITUTION))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andExpect(content().bytes(pdf));
        mvc.perform(get(path).with(user("ktother").roles(Roles.INSTITUTION))).andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/workspace/inspections/" + code + "/documents/" + minutes.id())
                .with(user(LEAD).roles(Roles.INSPECTOR, "kiemtra"))).andExpect(status().isOk());
        mvc.perform(get("/workspace/inspections/" + code + "/documents/" + minutes.id())
                .with(user("ktother").roles(Roles.INSTITUTION))).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/inspections/" + code + "/documents/" + minutes.id()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aRefusedMinutesGetsAWitnessRecordSignedByTheTeamLeaderNamingTheWitnessAndPosition() throws Exception {
        String code = support.start();
        signedDecision(code);
        checked(code);
        support.work(code, "Task_Minutes", LEAD, List.of(Roles.INSPECTOR, "kiemtra"),
                Map.of("minutesPlace", "Trụ sở Trường", "minutesContent", "Đoàn làm việc với nhà trường."));
        support.work(code, "Task_AckMinutesLead", LEAD, List.of(Roles.INSPECTOR, "kiemtra"),
                Map.of("leadAcknowledgement", true));
        support.work(code, "Task_AckMinutesInstitution", "ktstaff", STAFF,
                Map.of("institutionAcknowledgement", "REFUSE", "representative", "Hiệu trưởng"));
        Set<UUID> before = publications.snapshot();
        support.work(code, "Task_WitnessMinutes", LEAD, List.of(Roles.INSPECTOR, "kiemtra"),
                Map.of("witnessName", "Lò Thị Mai", "witnessPosition", "Phó Chủ tịch UBND phường Nghĩa Lộ",
                        "witnessNote", "Đại diện cơ sở từ chối ký biên bản lúc 16 giờ 30."));
        publications.awaitReactions(before);

        InspectionDocument record = document(code, "WITNESS_RECORD");
        assertThat(record.inSystem()).isTrue();
        assertThat(record.signedBy()).isEqualTo(LEAD);
        byte[] pdf = inspections.pdf(code, record.id()).orElseThrow();
        Verification verification = verifier.verify(pdf);
        assertThat(verification.status()).isEqualTo(Verification.Status.VALID);
        assertThat(verification.signerName()).isEqualTo(LEAD_NAME);
        String text = TestDocuments.text(pdf);
        assertThat(text).contains("BIÊN BẢN", "Về việc cơ sở được kiểm tra không ký biên bản kiểm tra",
                "Biên bản kiểm tra số " + document(code, "MINUTES").number(),
                "Họ và tên: Lò Thị Mai; chức vụ: Phó Chủ tịch UBND phường Nghĩa Lộ.",
                "Đại diện cơ sở được kiểm tra từ chối ký biên bản kiểm tra.",
                "Đại diện cơ sở từ chối ký biên bản lúc 16 giờ 30.", "1. " + LEAD_NAME + " - Trưởng đoàn;",
                "NGƯỜI CHỨNG KIẾN TRƯỞNG ĐOÀN KIỂM TRA");
        assertThat(text).doesNotContain(LEAD + " ");
        // The inspected institution sees it in its file; another institution does not.
        String path = "/my/inspections/" + code + "/documents/" + record.id();
        mvc.perform(get(path).with(user("ktstaff").roles(Roles.INSTITUTION))).andExpect(status().isOk())
                .andExpect(content().bytes(pdf));
        mvc.perform(get(path).with(user("ktother").roles(Roles.INSTITUTION))).andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theFilePageSaysBeingPreparedUntilThePdfExists() throws Exception {
        String code = support.start();
        signedDecision(code);
        InspectionDocument decision = document(code, "DECISION");
        // Put the document back in the state between its step's commit and its preparation.
        jdbc.update("update inspection_document set pdf = null, rendered_at = null where id = ?", decision.id());
        String page = mvc.perform(get("/my/inspections/" + code).with(user("ktstaff").roles(Roles.INSTITUTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".preparing").text()).isEqualTo("Đang chuẩn bị văn bản");

        preparation.prepare(decision.id());
        page = mvc.perform(get("/my/inspections/" + code).with(user("ktstaff").roles(Roles.INSTITUTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".preparing")).isEmpty();
        assertThat(Jsoup.parse(page).select("a[href=/my/inspections/" + code + "/documents/" + decision.id() + "]"))
                .hasSize(1);
    }

    private void signedDecision(String code) {
        Map<String, Object> draft = new HashMap<>(InspectionTestSupport.decision());
        draft.put("teamLead", LEAD);
        draft.put("teamMembers", MEMBER);
        support.work(code, "Task_DraftDecision", LEAD, List.of(Roles.INSPECTOR, "kiemtra"), draft);
        support.work(code, "Task_SignDecision", LEADER, List.of(Roles.LEADER, "kiemtra"),
                Map.of("decisionSignoff", "SIGN"));
    }

    /** From the signed decision to the check recorded, with one violation found. */
    private void checked(String code) {
        support.work(code, "Task_Plan", LEAD, List.of(Roles.INSPECTOR, "kiemtra"),
                Map.of("planContent", "Kế hoạch kiểm tra", "teamLead", LEAD, "teamMembers", MEMBER));
        support.work(code, "Task_ApprovePlan", LEADER, List.of(Roles.LEADER, "kiemtra"), Map.of("planApproval", "APPROVE"));
        support.work(code, "Task_Notice", LEAD, List.of(Roles.INSPECTOR, "kiemtra"),
                InspectionTestSupport.notice("SYSTEM"));
        support.work(code, "Task_Announce", LEAD, List.of(Roles.INSPECTOR, "kiemtra"),
                Map.of("announcedOn", "2026-03-03"));
        support.work(code, "Task_SelfAssessment", "ktstaff", STAFF, Map.of("selfAssessment", "Báo cáo tự đánh giá"));
        support.work(code, "Task_Check", LEAD, List.of(Roles.INSPECTOR, "kiemtra"),
                support.check(Map.of("TEA-01", true)));
    }

    private InspectionDocument document(String code, String type) {
        return inspections.documents(code).stream().filter(d -> d.type().equals(type)).reduce((a, b) -> b)
                .orElseThrow();
    }

    private void person(String id, String group, String firstName, String lastName) {
        users.ensure(id, "pw", group, List.of("kiemtra"));
        User user = identity.createUserQuery().userId(id).singleResult();
        user.setFirstName(firstName);
        user.setLastName(lastName);
        identity.saveUser(user);
    }
}
