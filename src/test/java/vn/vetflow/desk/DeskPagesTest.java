package vn.vetflow.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.accounts.CounterAccounts;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Attachment;
import vn.vetflow.dossier.Channel;
import vn.vetflow.dossier.DigitisationChanged;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.publicservice.PublicServiceProcess;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;
import vn.vetflow.tasks.TaskWork;

/**
 * The one-stop desk end to end through its pages: who may use it, finding or opening the applicant, a
 * counter dossier registered with scans and received at once, reuse from the data store, one dossier for a
 * double submit, and the result handed over at the counter (scanned) or posted (tracking number).
 */
@VetflowTest
@RecordApplicationEvents
class DeskPagesTest {

    static final String OFFICER = "motcuatest";
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final byte[] SCAN = TestSubmissions.PDF;

    @Autowired MockMvc mvc;
    @Autowired CounterAccounts counterAccounts;
    @Autowired DossierService dossiers;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired TestSubmissions submissions;
    @Autowired TestUsers users;
    @Autowired AdjustableClock clock;
    @Autowired vn.vetflow.shared.ProvinceClock provinceClock;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskWork work;
    @Autowired PublicServiceProcess process;
    @Autowired ManagementService management;
    @Autowired ApplicationEvents events;
    @Autowired vn.vetflow.publicservice.DossierSubmission submission;

    @BeforeEach
    void morning() {
        users.ensure(OFFICER, "motcua-Test1", "reception");
        // Monday 2 March 2026, 09:00: a working day inside the shipped calendar years.
        clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(VN).toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestPostProcessor reception() {
        return user(OFFICER).roles("reception", "motcua");
    }

    /** A fresh, valid CCCD (province code 010, Lào Cai) for each test. */
    static String newCitizenId() {
        return String.format("0102%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }

    // --- who may ------------------------------------------------------------------------------

    @Test
    void onlyReceptionOfficersUseTheDesk() throws Exception {
        mvc.perform(get("/desk").with(reception())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bộ phận một cửa")));
        for (String role : List.of("specialist", "leader", "applicant", "supervisor", "admin")) {
            mvc.perform(get("/desk").with(user("u" + role).roles(role))).andExpect(status().isForbidden());
            mvc.perform(multipart("/desk/intake").with(user("u" + role).roles(role)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/desk/applicants").with(user("u" + role).roles(role)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/desk/dossiers/X/handover").with(user("u" + role).roles(role)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/desk")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void aReceptionOfficerOutsideTheDeskUnitFindsNoDossier() throws Exception {
        String idNumber = newCitizenId();
        String username = openAccount(idNumber, "");
        String code = register(username, "IN_PERSON", "IN_PERSON", "", UUID.randomUUID().toString());
        mvc.perform(get("/desk/dossiers/" + code).with(user("khac").roles("reception", "kiemtra")))
                .andExpect(status().isNotFound());
    }

    // --- the applicant ------------------------------------------------------------------------

    @Test
    void aMalformedIdentityNumberIsRefusedAndKeptAsTyped() throws Exception {
        mvc.perform(get("/desk").param("idNumber", "99912345678").with(reception())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"99912345678\""),
                        containsString("CCCD 12 chữ số"))));
        // 12 digits, but 999 is no province code
        mvc.perform(post("/desk/applicants").with(reception()).with(csrf()).param("type", "PERSON")
                        .param("name", "Lò Văn Páo").param("idNumber", "999123456789").param("phone", "0912 345 678")
                        .param("address", "Bản Hồ, xã Sa Pa, tỉnh Lào Cai"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Lò Văn Páo\""),
                        containsString("3 chữ số đầu là mã tỉnh"), containsString("value=\"Bản Hồ, xã Sa Pa, tỉnh Lào Cai\""))));
        assertThat(counterAccounts.byIdNumber("999123456789")).isEmpty();
    }

    @Test
    void anApplicantIsFoundByIdentityNumberAndNeverOpenedTwice() throws Exception {
        String idNumber = newCitizenId();
        mvc.perform(get("/desk").param("idNumber", idNumber).with(reception())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mở tài khoản cho người nộp")));
        String username = openAccount(idNumber, "pao." + idNumber + "@example.vn");
        assertThat(username).isEqualTo(idNumber);
        String spaced = idNumber.substring(0, 3) + " " + idNumber.substring(3, 6) + " " + idNumber.substring(6);
        mvc.perform(get("/desk").param("idNumber", spaced).with(reception())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lò Văn Páo"), containsString("Quên mật khẩu"),
                        not(containsString("Mở tài khoản cho người nộp")))));
        mvc.perform(post("/desk/applicants").with(reception()).with(csrf()).param("type", "PERSON")
                        .param("name", "Người khác").param("idNumber", idNumber).param("phone", "0912345678")
                        .param("address", "Lào Cai"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã có tài khoản với số định danh này")));
        assertThat(jdbc.queryForObject("select count(*) from applicant_account where id_number = ?", Integer.class,
                idNumber)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select opened_by from applicant_account where id_number = ?", String.class,
                idNumber)).isEqualTo(OFFICER);
    }

    // --- intake ---------------------------------------------------------------------------------

    @Test
    void aCounterDossierIsReceivedAtOnceWithItsReceiptAndDigitisedScans() throws Exception {
        String username = openAccount(newCitizenId(), "");
        String code = register(username, "IN_PERSON", "IN_PERSON", "", UUID.randomUUID().toString());
        Dossier dossier = dossiers.get(code);
        assertThat(dossier.getChannel()).isEqualTo(Channel.IN_PERSON);
        // received at once (receipt, appointment), and with no fee on to processing
        assertThat(dossier.getReceivedAt()).isNotNull();
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossier.getIntakeBy()).isEqualTo(OFFICER);
        assertThat(dossier.getAppointmentDate()).isNotNull();
        assertThat(dossiers.documents(dossier)).anyMatch(d -> d.type().equals("RECEIPT"));
        // GVCT was left unticked: a typed list, not a scan of the paper
        assertThat(jdbc.queryForList("select component_code, digitised from attachment where dossier_id = ? "
                + "order by component_code", dossier.getId()))
                .extracting(row -> row.get("COMPONENT_CODE") + "=" + row.get("DIGITISED"))
                .containsExactly("BAOCAO=true", "COSOVC=true", "DON=true", "GVCT=false", "QDTL=true");
        assertThat(dossiers.history(dossier)).extracting(e -> e.getAction())
                .contains("SUBMITTED_IN_PERSON", "REGISTERED_AT_DESK", "RECEIVED");
        assertThat(events.stream(DigitisationChanged.class)).anyMatch(e -> e.dossierCode().equals(code));
        mvc.perform(get("/desk/dossiers/" + code).with(reception())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Trực tiếp tại bộ phận một cửa"),
                        containsString("Đang xử lý"), containsString("Số hóa"))));
    }

    @Test
    void aDoubleSubmitCreatesOneDossier() throws Exception {
        String username = openAccount(newCitizenId(), "");
        String key = UUID.randomUUID().toString();
        String first = register(username, "PUBLIC_POST", "PUBLIC_POST", "Số 5 đường Hoàng Liên, tỉnh Lào Cai", key);
        String second = register(username, "PUBLIC_POST", "PUBLIC_POST", "Số 5 đường Hoàng Liên, tỉnh Lào Cai", key);
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from dossier where applicant_username = ?", Integer.class,
                username)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select result_channel from dossier where code = ?", Integer.class, first))
                .isEqualTo(3);
    }

    @Test
    void badInputKeepsWhatWasTyped() throws Exception {
        String username = openAccount(newCitizenId(), "");
        mvc.perform(intake(username, "IN_PERSON", "PUBLIC_POST", "", UUID.randomUUID().toString())
                        .param("subject", "").param("note", "Người nộp mang bản gốc để đối chiếu"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nhập địa chỉ nhận kết quả qua bưu chính"),
                        containsString("Người nộp mang bản gốc để đối chiếu"), containsString("chọn lại các tệp"))));
        assertThat(jdbc.queryForObject("select count(*) from dossier where applicant_username = ?", Integer.class,
                username)).isZero();
    }

    // --- reuse ----------------------------------------------------------------------------------

    @Test
    void aComponentIsReusedByReferenceFromTheApplicantsDataStore() throws Exception {
        String username = openAccount(newCitizenId(), "");
        String first = register(username, "IN_PERSON", "IN_PERSON", "", UUID.randomUUID().toString());
        Attachment original = dossiers.attachments(dossiers.get(first)).stream()
                .filter(a -> a.getComponentCode().equals("QDTL")).findFirst().orElseThrow();

        mvc.perform(intake(username, "IN_PERSON", "IN_PERSON", "", UUID.randomUUID().toString(), "QDTL")
                        .param("reuse.QDTL", original.getId().toString()))
                .andExpect(status().is3xxRedirection());
        Dossier second = dossiers.ofApplicant(username).get(0);
        assertThat(second.getCode()).isNotEqualTo(first);
        Attachment reused = dossiers.attachments(second).stream()
                .filter(a -> a.getComponentCode().equals("QDTL")).findFirst().orElseThrow();
        assertThat(reused.getReusedFromDossier()).isEqualTo(first);
        assertThat(reused.getSha256()).isEqualTo(original.getSha256());
        assertThat(dossiers.attachmentContent(second, reused.getId())).isEqualTo(SCAN);
        assertThat(jdbc.queryForObject("select count(*) from attachment_content where attachment_id = ?",
                Integer.class, reused.getId())).isZero();
        assertThat(jdbc.queryForObject("select reused_from_dossier from attachment where id = ?", String.class,
                reused.getId())).isEqualTo(first);

        // another applicant cannot take it
        String other = openAccount(newCitizenId(), "");
        mvc.perform(intake(other, "IN_PERSON", "IN_PERSON", "", UUID.randomUUID().toString(), "QDTL")
                        .param("reuse.QDTL", original.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không có trong kho dữ liệu của người nộp")));
    }

    @Test
    void theApplicantSeesOnlyTheirOwnDataStore() throws Exception {
        String username = openAccount(newCitizenId(), "");
        String code = register(username, "IN_PERSON", "IN_PERSON", "", UUID.randomUUID().toString());
        Attachment scan = dossiers.attachments(dossiers.get(code)).stream()
                .filter(Attachment::isDigitised).findFirst().orElseThrow();
        mvc.perform(get("/my/data-store").with(user(username).roles("applicant"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kho dữ liệu của tôi"), containsString(code))));
        mvc.perform(get("/my/data-store/COMPONENT/" + scan.getId()).with(user(username).roles("applicant")))
                .andExpect(status().isOk()).andExpect(content().bytes(SCAN));
        mvc.perform(get("/my/data-store/COMPONENT/" + scan.getId()).with(user("someoneelse").roles("applicant")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/data-store").with(user("someoneelse").roles("applicant"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
        mvc.perform(get("/my/data-store").with(reception())).andExpect(status().isForbidden());
        mvc.perform(get("/my/data-store")).andExpect(status().is3xxRedirection());
    }

    // --- hand-over ----------------------------------------------------------------------------

    @Test
    void aPaperResultIsHandedOverAtTheCounterAndScanned() throws Exception {
        String username = openAccount(newCitizenId(), "");
        String code = register(username, "IN_PERSON", "IN_PERSON", "", UUID.randomUUID().toString());
        decide(code);
        Dossier decided = dossiers.get(code);
        assertThat(decided.getStatus()).as("not returned online").isEqualTo(DossierStatus.PROCESSED);
        assertThat(decided.isResultDigitised()).isFalse();
        mvc.perform(get("/desk").with(reception())).andExpect(content().string(containsString(code)));

        mvc.perform(multipart("/desk/dossiers/" + code + "/handover")
                        .file(new MockMultipartFile("scan", "ket-qua.pdf", "application/pdf", SCAN))
                        .param("resultForm", "PAPER").with(reception()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/desk/dossiers/" + code));
        Map<String, Object> row = jdbc.queryForMap("select status, result_digitised, handed_over_by, handed_over_at, "
                + "postal_tracking from dossier where code = ?", code);
        assertThat(((Number) row.get("STATUS")).intValue()).isEqualTo(10);
        assertThat(row.get("RESULT_DIGITISED")).isEqualTo(true);
        assertThat(row.get("HANDED_OVER_BY")).isEqualTo(OFFICER);
        assertThat(row.get("HANDED_OVER_AT")).isNotNull();
        assertThat(row.get("POSTAL_TRACKING")).isNull();
        mvc.perform(get("/my/data-store").with(user(username).roles("applicant")))
                .andExpect(content().string(containsString("ket-qua.pdf")));
        // a second hand-over is refused
        mvc.perform(multipart("/desk/dossiers/" + code + "/handover").with(reception()).with(csrf())
                        .param("resultForm", "PAPER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("không có kết quả chờ trao")));
    }

    @Test
    void aPostedResultNeedsItsTrackingNumberAndAPaperResultWithoutScanIsNotDigitised() throws Exception {
        String username = openAccount(newCitizenId(), "");
        String code = register(username, "PUBLIC_POST", "PUBLIC_POST", "Số 5 đường Hoàng Liên, tỉnh Lào Cai",
                UUID.randomUUID().toString());
        decide(code);
        mvc.perform(multipart("/desk/dossiers/" + code + "/handover").with(reception()).with(csrf())
                        .param("resultForm", "PAPER").param("tracking", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nhập số hiệu bưu gửi")));
        assertThat(dossiers.get(code).getHandedOverAt()).isNull();
        mvc.perform(multipart("/desk/dossiers/" + code + "/handover").with(reception()).with(csrf())
                        .param("resultForm", "PAPER").param("tracking", "EK123456789VN"))
                .andExpect(status().is3xxRedirection());
        Dossier returned = dossiers.get(code);
        assertThat(returned.getStatus()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(returned.getPostalTracking()).isEqualTo("EK123456789VN");
        assertThat(returned.isResultDigitised()).isFalse();
    }

    @Test
    void anOnlineDossiersFilesAreDigitisedAndItsResultGoesBackOnline() {
        Dossier online = submission.submit(submissions.valid("P1", "deskonline", UUID.randomUUID().toString()))
                .dossier();
        assertThat(jdbc.queryForList("select digitised from attachment where dossier_id = ?", Boolean.class,
                online.getId())).isNotEmpty().allMatch(Boolean.TRUE::equals);
        assertThat(online.getResultChannel()).isEqualTo(Channel.ONLINE);
        assertThat(online.returnsResultOnline()).isTrue();
    }

    // --- helpers --------------------------------------------------------------------------------

    private String openAccount(String idNumber, String email) throws Exception {
        mvc.perform(post("/desk/applicants").with(reception()).with(csrf()).param("type", "PERSON")
                        .param("name", "Lò Văn Páo").param("idNumber", idNumber).param("email", email)
                        .param("phone", "0912 345 678").param("address", "Bản Hồ, xã Sa Pa, tỉnh Lào Cai"))
                .andExpect(status().is3xxRedirection());
        return counterAccounts.byIdNumber(idNumber).orElseThrow().username();
    }

    private String register(String username, String channel, String resultChannel, String postalAddress, String key)
            throws Exception {
        var result = mvc.perform(intake(username, channel, resultChannel, postalAddress, key))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/desk/dossiers/");
        return location.substring("/desk/dossiers/".length());
    }

    /** The P1 intake form as the officer fills it: every required component scanned, GVCT not marked digitised. */
    private MockMultipartHttpServletRequestBuilder intake(String username, String channel, String resultChannel,
                                                          String postalAddress, String key, String... withoutFile) {
        ProcedureVersion version = catalogue.currentVersion("P1", provinceClock.today());
        MockMultipartHttpServletRequestBuilder request = multipart("/desk/intake");
        request.with(reception()).with(csrf());
        request.param("applicant", username).param("procedure", "P1").param("channel", channel)
                .param("resultChannel", resultChannel).param("postalAddress", postalAddress)
                .param("subject", "Đăng ký hoạt động giáo dục nghề nghiệp năm 2026")
                .param("receiveNow", "true").param("idempotencyKey", key);
        submissions.formData(version).forEach((field, value) -> {
            if (value instanceof Collection<?> values) {
                values.forEach(v -> request.param("f." + field, String.valueOf(v)));
            } else {
                request.param("f." + field, String.valueOf(value));
            }
        });
        for (DossierComponent component : version.components()) {
            if (!component.required() || List.of(withoutFile).contains(component.code())) {
                continue;
            }
            String type = component.fileTypes().contains("pdf") ? "pdf" : component.fileTypes().get(0);
            request.file(new MockMultipartFile("file." + component.code(), component.code().toLowerCase() + "." + type,
                    "application/pdf", SCAN));
            if (!component.code().equals("GVCT")) {
                request.param("digitised." + component.code(), "true");
            }
        }
        return request;
    }

    /** Appraisal and approval as the officers would, then the process's return step runs. */
    private void decide(String code) {
        complete(code, "Task_Appraisal", "chuyenvien", "specialist",
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
        complete(code, "Task_Approval", "lanhdao", "leader", Map.of("approvalDecision", "APPROVE",
                "approvalNote", "Đồng ý"));
        Job returnResult = management.createJobQuery().processInstanceId(dossiers.get(code).getProcessInstanceId())
                .activityId("Task_ReturnResult").singleResult();
        management.executeJob(returnResult.getId());
    }

    private void complete(String code, String taskKey, String officer, String group, Map<String, ?> form) {
        Task task = process.openTasksOf(code).stream().filter(t -> taskKey.equals(t.getTaskDefinitionKey()))
                .findFirst().orElseThrow(() -> new AssertionError(code + " has no open task " + taskKey));
        work.complete(task.getId(), officer, List.of(group, "motcua", "gdnn"), form);
    }
}
