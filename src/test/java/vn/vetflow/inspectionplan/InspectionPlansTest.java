package vn.vetflow.inspectionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.InstitutionType;
import vn.vetflow.institution.Institutions;
import vn.vetflow.support.VetflowTest;

/** The plan's life (draft, submit, return, approve) and the API the inspection module uses. */
@VetflowTest
class InspectionPlansTest {

    @Autowired InspectionPlans plans;
    @Autowired Institutions institutions;
    @Autowired AuditTrail audit;

    private String institution(String code) {
        if (institutions.byCode(code).isEmpty()) {
            institutions.create(new InstitutionSummary(code, "Trung tâm GDNN " + code, InstitutionType.CENTRE,
                    "Thôn Phú Thịnh, xã Văn Chấn", "Xã Văn Chấn", null, null, LocalDate.of(2012, 3, 1), null, null));
        }
        return code;
    }

    @Test
    void draftSubmitReturnResubmitApproveThenStartItems() {
        plans.create(2041, "kiemtra1");
        PlanItem first = plans.addItem(2041, institution("TT-PLAN-01"), List.of("facilities", "teachers"), 2,
                "Kiểm tra điều kiện xưởng thực hành", "kiemtra1");
        plans.addItem(2041, institution("TT-PLAN-02"), List.of("enrolment"), 1, "", "kiemtra1");
        assertThat(plans.approvedItems(2041)).isEmpty();
        assertThatThrownBy(() -> plans.markStarted(first.id(), "KT-X-1"))
                .isInstanceOf(PlanException.class).extracting("messageKey").isEqualTo("inspectionplan.error.notApproved");

        plans.submit(2041, "kiemtra1");
        assertThatThrownBy(() -> plans.addItem(2041, institution("TT-PLAN-03"), List.of("finance"), 3, null, "kiemtra1"))
                .extracting("messageKey").isEqualTo("inspectionplan.error.notEditable");
        assertThatThrownBy(() -> plans.returnToDraft(2041, "lanhdao1", " "))
                .extracting("messageKey").isEqualTo("inspectionplan.error.comment");
        plans.returnToDraft(2041, "lanhdao1", "Bổ sung nội dung tuyển sinh");
        assertThat(plans.plan(2041).orElseThrow().status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(plans.plan(2041).orElseThrow().leaderComment()).isEqualTo("Bổ sung nội dung tuyển sinh");

        plans.addItem(2041, institution("TT-PLAN-03"), List.of("finance"), 3, null, "kiemtra1");
        plans.submit(2041, "kiemtra1");
        plans.approve(2041, "lanhdao1");
        Plan approved = plans.plan(2041).orElseThrow();
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("lanhdao1");
        assertThat(approved.decidedAt()).isNotNull();
        assertThatThrownBy(() -> plans.approve(2041, "lanhdao1")).extracting("messageKey")
                .isEqualTo("inspectionplan.error.state");

        List<ApprovedItem> items = plans.approvedItems(2041);
        assertThat(items).extracting(ApprovedItem::quarter).containsExactly(1, 2, 3);
        ApprovedItem q2 = items.get(1);
        assertThat(q2.institutionCode()).isEqualTo("TT-PLAN-01");
        assertThat(q2.institutionName()).isEqualTo("Trung tâm GDNN TT-PLAN-01");
        assertThat(q2.topics()).containsExactly("facilities", "teachers");
        assertThat(q2.inspectionCode()).isNull();

        plans.markStarted(q2.itemId(), "KT-2041-0001");
        assertThat(plans.approvedItems(2041).get(1).inspectionCode()).isEqualTo("KT-2041-0001");
        assertThatThrownBy(() -> plans.markStarted(q2.itemId(), "KT-2041-0002"))
                .extracting("messageKey").isEqualTo("inspectionplan.error.started");
        assertThatThrownBy(() -> plans.markStarted(999_999L, "KT-2041-0003"))
                .extracting("messageKey").isEqualTo("inspectionplan.error.noItem");

        assertThat(audit.ofDossier(InspectionPlans.auditCode(2041))).extracting("action")
                .contains("PLAN_SUBMITTED", "PLAN_RETURNED", "PLAN_APPROVED", "PLAN_ITEM_STARTED");
    }

    @Test
    void itemsAreCheckedAndTheDraftDeadlineIsFirstNovember() {
        plans.create(2042, "kiemtra1");
        assertThatThrownBy(() -> plans.create(2042, "kiemtra1")).extracting("messageKey")
                .isEqualTo("inspectionplan.error.exists");
        assertThatThrownBy(() -> plans.submit(2042, "kiemtra1")).extracting("messageKey")
                .isEqualTo("inspectionplan.error.empty");
        assertThatThrownBy(() -> plans.addItem(2042, "NO-SUCH", List.of("finance"), 1, null, "kiemtra1"))
                .extracting("messageKey").isEqualTo("inspectionplan.error.institution");
        assertThatThrownBy(() -> plans.addItem(2042, institution("TT-PLAN-01"), List.of("NOPE"), 1, null, "kiemtra1"))
                .extracting("messageKey").isEqualTo("inspectionplan.error.topics");
        assertThatThrownBy(() -> plans.addItem(2042, institution("TT-PLAN-01"), List.of("finance"), 5, null, "kiemtra1"))
                .extracting("messageKey").isEqualTo("inspectionplan.error.quarter");
        plans.addItem(2042, institution("TT-PLAN-01"), List.of("finance"), 4, null, "kiemtra1");
        assertThatThrownBy(() -> plans.addItem(2042, "TT-PLAN-01", List.of("quality"), 1, null, "kiemtra1"))
                .extracting("messageKey").isEqualTo("inspectionplan.error.duplicate");
        assertThat(InspectionPlans.draftDeadline(2027)).isEqualTo(LocalDate.of(2026, 11, 1));
    }
}
