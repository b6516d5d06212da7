package vn.vetflow.inspectionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.identity.Roles;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.InstitutionType;
import vn.vetflow.institution.Institutions;
import vn.vetflow.institution.Occupation;
import vn.vetflow.institution.OccupationLevel;
import vn.vetflow.support.VetflowTest;

/** The plan pages per role: inspectors draft and submit, the leader decides, nobody else acts. */
@VetflowTest
class PlanPagesTest {

    @Autowired MockMvc mvc;
    @Autowired InspectionPlans plans;
    @Autowired Institutions institutions;
    @Autowired AuditTrail audit;
    @Autowired Clock clock;

    private static final RequestPostProcessor INSPECTOR = user("plkiemtra").roles(Roles.INSPECTOR, "kiemtra");
    private static final RequestPostProcessor LEADER = user("pllanhdao").roles(Roles.LEADER);
    private static final RequestPostProcessor SUPERVISOR = user("plgiamsat").roles(Roles.SUPERVISOR);
    private static final RequestPostProcessor SPECIALIST = user("plchuyenvien").roles(Roles.SPECIALIST, "gdnn");
    private static final RequestPostProcessor APPLICANT = user("plcongdan").roles(Roles.APPLICANT);
    private static final RequestPostProcessor INSTITUTION = user("plcoso").roles(Roles.INSTITUTION);

    @BeforeEach
    void institutions() {
        if (institutions.byCode("TC-PL-RISKY").isPresent()) {
            return;
        }
        institutions.create(new InstitutionSummary("TC-PL-RISKY", "Trường Trung cấp Rủi ro Cao", InstitutionType.INTERMEDIATE,
                "Tổ 1, phường Cầu Thia", "Phường Cầu Thia", null, null, null, null, null));
        institutions.replaceOccupations("TC-PL-RISKY", List.of(
                new Occupation("5620102", "Trồng trọt", OccupationLevel.INTERMEDIATE, 50, 60)));
        institutions.create(new InstitutionSummary("TC-PL-CALM", "Trường Trung cấp Ổn Định", InstitutionType.INTERMEDIATE,
                "Tổ 2, phường Trung Tâm", "Phường Trung Tâm", null, null, null, null, LocalDate.now(clock).minusMonths(3)));
    }

    @Test
    void onlyOfficersOfInspectionSeeThePlans() throws Exception {
        plans.create(2051, "plkiemtra");
        for (RequestPostProcessor reader : List.of(INSPECTOR, LEADER, SUPERVISOR)) {
            mvc.perform(get("/inspection-plans").with(reader)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Kế hoạch kiểm tra hằng năm")));
            mvc.perform(get("/inspection-plans/2051").with(reader)).andExpect(status().isOk());
        }
        for (RequestPostProcessor outsider : List.of(SPECIALIST, APPLICANT, INSTITUTION)) {
            mvc.perform(get("/inspection-plans").with(outsider)).andExpect(status().isForbidden());
            mvc.perform(get("/inspection-plans/2051").with(outsider)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/inspection-plans/2199").with(LEADER)).andExpect(status().isNotFound());
    }

    @Test
    void applicantsInstitutionsAndLeadersCannotDraft() throws Exception {
        plans.create(2052, "plkiemtra");
        for (RequestPostProcessor outsider : List.of(APPLICANT, INSTITUTION, LEADER, SPECIALIST)) {
            mvc.perform(post("/inspection-plans").with(outsider).with(csrf()).param("year", "2053"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/inspection-plans/2052/items").with(outsider).with(csrf())
                    .param("institution", "TC-PL-RISKY").param("topics", "enrolment").param("quarter", "1"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/inspection-plans/2052/submit").with(outsider).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(plans.items(2052)).isEmpty();
        assertThat(plans.plan(2053)).isEmpty();
    }

    @Test
    void inspectorCreatesThePlanOfAComingYear() throws Exception {
        int year = LocalDate.now(clock).getYear() + 2;
        mvc.perform(post("/inspection-plans").with(INSPECTOR).with(csrf()).param("year", "1999"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Năm kế hoạch phải từ năm nay đến 2 năm sau.")))
                .andExpect(content().string(containsString("value=\"1999\"")));
        mvc.perform(post("/inspection-plans").with(INSPECTOR).with(csrf()).param("year", String.valueOf(year)))
                .andExpect(redirectedUrl("/inspection-plans/" + year));
        assertThat(plans.plan(year).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
        mvc.perform(post("/inspection-plans").with(INSPECTOR).with(csrf()).param("year", String.valueOf(year)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Kế hoạch của năm này đã có.")));
        mvc.perform(get("/inspection-plans/" + year).with(INSPECTOR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("01/11/" + (year - 1))))
                .andExpect(content().string(containsString("Nghị định 217/2025/NĐ-CP")));
    }

    @Test
    void candidatesAreSortedByRiskWithTheirReasonsAndInvalidItemsKeepWhatWasTyped() throws Exception {
        plans.create(2054, "plkiemtra");
        String page = mvc.perform(get("/inspection-plans/2054").param("institution", "TC-PL-RISKY").with(INSPECTOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuyển sinh vượt 20% quy mô đăng ký")))
                .andExpect(content().string(containsString("<option value=\"TC-PL-RISKY\" selected=\"selected\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("candidate-TC-PL-RISKY")).isLessThan(page.indexOf("candidate-TC-PL-CALM"));

        mvc.perform(post("/inspection-plans/2054/items").with(INSPECTOR).with(csrf())
                        .param("institution", "TC-PL-RISKY").param("quarter", "7").param("note", "Ghi chú giữ lại"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Vui lòng chọn ít nhất một nội dung kiểm tra.")))
                .andExpect(content().string(containsString("Vui lòng chọn quý từ 1 đến 4.")))
                .andExpect(content().string(containsString("value=\"Ghi chú giữ lại\"")))
                .andExpect(content().string(containsString("<option value=\"TC-PL-RISKY\" selected=\"selected\"")));

        mvc.perform(post("/inspection-plans/2054/items").with(INSPECTOR).with(csrf())
                        .param("institution", "TC-PL-RISKY").param("topics", "enrolment", "facilities")
                        .param("quarter", "2").param("note", "Tuyển sinh vượt quy mô"))
                .andExpect(redirectedUrl("/inspection-plans/2054"))
                .andExpect(flash().attribute("message", "inspectionplan.item.added"));
        mvc.perform(post("/inspection-plans/2054/items").with(INSPECTOR).with(csrf())
                        .param("institution", "TC-PL-RISKY").param("topics", "finance").param("quarter", "3"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Cơ sở này đã có trong kế hoạch.")));
        mvc.perform(get("/inspection-plans/2054").with(INSPECTOR))
                .andExpect(content().string(containsString("item-TC-PL-RISKY")))
                .andExpect(content().string(containsString("Tuyển sinh, quy mô đào tạo")))
                .andExpect(content().string(not(containsString("candidate-TC-PL-RISKY"))));
    }

    @Test
    void inspectorSubmitsLeaderReturnsWithACommentThenApproves() throws Exception {
        plans.create(2055, "plkiemtra");
        plans.addItem(2055, "TC-PL-RISKY", List.of("enrolment"), 1, null, "plkiemtra");
        mvc.perform(post("/inspection-plans/2055/submit").with(INSPECTOR).with(csrf()))
                .andExpect(flash().attribute("message", "inspectionplan.submitted"));

        mvc.perform(post("/inspection-plans/2055/approve").with(SPECIALIST).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/inspection-plans/2055/approve").with(INSPECTOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/inspection-plans/2055/return").with(SUPERVISOR).with(csrf()).param("comment", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inspection-plans/2055").with(LEADER))
                .andExpect(content().string(containsString("approve-plan")))
                .andExpect(content().string(not(containsString("submit-plan"))));

        mvc.perform(post("/inspection-plans/2055/return").with(LEADER).with(csrf()).param("comment", "  "))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Vui lòng ghi ý kiến khi trả lại kế hoạch.")));
        mvc.perform(post("/inspection-plans/2055/return").with(LEADER).with(csrf())
                        .param("comment", "Bổ sung nội dung tài chính"))
                .andExpect(flash().attribute("message", "inspectionplan.returned"));
        mvc.perform(get("/inspection-plans/2055").with(INSPECTOR))
                .andExpect(content().string(containsString("Bổ sung nội dung tài chính")))
                .andExpect(content().string(containsString("Trả lại để chỉnh sửa")))
                .andExpect(content().string(containsString("submit-plan")));
        mvc.perform(post("/inspection-plans/2055/approve").with(LEADER).with(csrf()))
                .andExpect(flash().attribute("error", "inspectionplan.error.state"));

        mvc.perform(post("/inspection-plans/2055/submit").with(INSPECTOR).with(csrf()));
        mvc.perform(post("/inspection-plans/2055/approve").with(LEADER).with(csrf()))
                .andExpect(flash().attribute("message", "inspectionplan.approved"));
        Plan plan = plans.plan(2055).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.decidedBy()).isEqualTo("pllanhdao");
        assertThat(audit.ofDossier(InspectionPlans.auditCode(2055)))
                .anySatisfy(e -> {
                    assertThat(e.getAction()).isEqualTo("PLAN_APPROVED");
                    assertThat(e.getUsername()).isEqualTo("pllanhdao");
                });
        mvc.perform(get("/inspection-plans/2055").with(SUPERVISOR))
                .andExpect(content().string(containsString("Đã phê duyệt")))
                .andExpect(content().string(containsString("pllanhdao")));
        mvc.perform(post("/inspection-plans/2055/items").with(INSPECTOR).with(csrf())
                        .param("institution", "TC-PL-CALM").param("topics", "finance").param("quarter", "3"))
                .andExpect(flash().attribute("error", "inspectionplan.error.notEditable"));
    }
}
