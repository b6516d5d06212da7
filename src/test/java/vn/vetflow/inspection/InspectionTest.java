package vn.vetflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aggregate alone: each transition guards its preconditions and registers its change. */
class InspectionTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void theDecisionIsDraftedSignedAndIssuedOnce() {
        List<InspectionDocument> documents = new ArrayList<>();
        Inspection drafting = inspection(InspectionStage.DECISION, null, null, documents);
        drafting.decide("15/QĐ", "Kiểm tra", "ON_SITE", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 27),
                "lead", List.of("member"), "lead", AT);
        assertThat(drafting.teamLead()).isEqualTo("lead");
        assertThat(drafting.changes()).singleElement().isInstanceOf(InspectionChange.DecisionDrafted.class);
        // No draft recorded yet: nothing to sign.
        assertThatThrownBy(() -> drafting.sign("SIGN", "leader", AT)).isInstanceOfSatisfying(
                InspectionStateException.class, e -> assertThat(e.messageKey()).isEqualTo("inspection.state.noDraftDecision"));

        documents.add(document(1, "DECISION", null));
        Inspection signing = inspection(InspectionStage.DECISION, null, null, documents);
        signing.sign("SIGN", "leader", AT);
        assertThat(signing.changes()).singleElement().isEqualTo(
                new InspectionChange.DecisionSignedOff("KT-1", 1, "SIGN", "leader", AT));

        documents.set(0, document(1, "DECISION", "leader"));
        Inspection signed = inspection(InspectionStage.PLANNING, LocalDate.of(2026, 3, 2), null, documents);
        assertThatThrownBy(() -> signed.decide("16/QĐ", "x", "ON_SITE", null, null, null, List.of(), "lead", AT))
                .isInstanceOf(InspectionStateException.class);
        assertThat(signed.decisionSigner()).contains("leader");
    }

    @Test
    void onlyWhoeverSignedTheDecisionApprovesThePlanAndTheNoticeWaitsForIt() {
        List<InspectionDocument> documents = new ArrayList<>(List.of(document(1, "DECISION", "leader"),
                document(2, "PLAN", null)));
        Inspection planned = inspection(InspectionStage.PLANNING, LocalDate.of(2026, 3, 2), null, documents);
        assertThatThrownBy(() -> planned.approvePlan("APPROVE", "otherLeader", AT)).isInstanceOfSatisfying(
                InspectionStateException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("inspection.state.notDecisionSigner"));
        Inspection notice = inspection(InspectionStage.NOTICE, LocalDate.of(2026, 3, 2), null, documents);
        assertThatThrownBy(() -> notice.notify("Thông báo", "SYSTEM", "lead", AT)).isInstanceOfSatisfying(
                InspectionStateException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("inspection.state.planUnapproved"));
        planned.approvePlan("APPROVE", "leader", AT);
        assertThat(planned.changes()).singleElement().isEqualTo(
                new InspectionChange.PlanApproved("KT-1", 2, "APPROVE", "leader", AT));
    }

    @Test
    void theCheckEndsTheDayItIsRecordedAndTheMinutesNeedIt() {
        Inspection checking = inspection(InspectionStage.CHECK, LocalDate.of(2026, 3, 2), null, List.of());
        checking.check("ON_SITE", List.of(), List.of(), LocalDate.of(2026, 3, 20), "lead", AT);
        assertThat(checking.checkEndedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        Inspection unchecked = inspection(InspectionStage.MINUTES, LocalDate.of(2026, 3, 2), null, List.of());
        assertThatThrownBy(() -> unchecked.minute("Biên bản", null, "lead", AT))
                .isInstanceOf(InspectionStateException.class);
    }

    @Test
    void aWitnessStandsInOnlyWhileTheInstitutionHasNotSigned() {
        List<InspectionDocument> documents = List.of(new InspectionDocument(5, "KT-1", "MINUTES", "KT-1/BB", "x", true,
                "SYSTEM", "lead", AT, null, null, null, null, "coso", AT, false, false));
        Inspection signedByInstitution = inspection(InspectionStage.MINUTES, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 20), documents);
        assertThatThrownBy(() -> signedByInstitution.witness("REFUSED", "Bà Mai", "Phó Chủ tịch UBND phường", "x",
                "lead", AT))
                .isInstanceOfSatisfying(InspectionStateException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("inspection.state.minutesAcknowledged"));
        Inspection unsigned = inspection(InspectionStage.MINUTES, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20),
                List.of(document(5, "MINUTES", null)));
        unsigned.witness("SILENT", "Bà Mai", "Phó Chủ tịch UBND phường", "Không ký trong thời hạn", "lead", AT);
        assertThat(unsigned.changes()).singleElement().isEqualTo(new InspectionChange.MinutesWitnessed("KT-1", 5,
                "SILENT", "Bà Mai", "Phó Chủ tịch UBND phường", "Không ký trong thời hạn", "lead", AT));
        Inspection witnessed = inspection(InspectionStage.MINUTES, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20),
                List.of(document(5, "MINUTES", null), document(6, "WITNESS_RECORD", "lead")));
        assertThatThrownBy(() -> witnessed.witness("SILENT", "Bà Mai", "x", "y", "lead", AT))
                .isInstanceOfSatisfying(InspectionStateException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("inspection.state.minutesWitnessed"));
    }

    @Test
    void aPaperInspectionIsRegisteredClosedWithItsDocumentsAndNeverDigital() {
        List<Inspections.Upload> scans = List.of(new Inspections.Upload("kl.pdf", "application/pdf", new byte[] {1}));
        Inspection paper = Inspection.registerPaper("KT-9", "TC-01", "Trường", "Kiểm tra năm 2025", "30/QĐ",
                LocalDate.of(2025, 4, 1), "45/KL", LocalDate.of(2025, 5, 15), scans, "supervisor", AT);
        assertThat(paper.paper()).isTrue();
        assertThat(paper.stage()).isEqualTo(InspectionStage.CLOSED);
        assertThat(paper.closedOn()).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(paper.digital()).isFalse();
        assertThat(paper.changes()).containsExactly(
                new InspectionChange.PaperRegistered("KT-9", "30/QĐ", LocalDate.of(2025, 4, 1), "45/KL",
                        LocalDate.of(2025, 5, 15), scans, "supervisor", AT),
                new InspectionStageChanged("KT-9", "TC-01", "Trường", InspectionStage.CLOSED, true, AT),
                new InspectionClassified("KT-9", "TC-01", LocalDate.of(2025, 5, 15), false, true,
                        List.of("inspection.rule.paper"), AT));
        assertThatThrownBy(() -> paper.report("Báo cáo", "lead", AT)).isInstanceOf(InspectionStateException.class);
    }

    @Test
    void aClosedInspectionTakesNoMoreSteps() {
        Inspection closed = inspection(InspectionStage.CLOSED, LocalDate.of(2026, 3, 2), null, List.of());
        assertThatThrownBy(() -> closed.enter(InspectionStage.REPORT, AT)).isInstanceOf(InspectionStateException.class);
        assertThatThrownBy(() -> closed.report("Báo cáo", "lead", AT)).isInstanceOf(InspectionStateException.class);
    }

    @Test
    void anInspectionReadForDisplayCannotBeChanged() {
        Inspection shown = new Inspection("KT-1", "TC-01", "Trường", "Kiểm tra", "AD_HOC", null, null,
                InspectionStage.DECISION, false, null, null, "lead", AT, null, null, null, null, null, null, null, null,
                List.of(), null);
        assertThatThrownBy(() -> shown.sign("SIGN", "leader", AT)).isInstanceOf(IllegalStateException.class);
    }

    private static Inspection inspection(InspectionStage stage, LocalDate signedOn, LocalDate checkEndedOn,
                                         List<InspectionDocument> documents) {
        return new Inspection("KT-1", "TC-01", "Trường", "Kiểm tra", "AD_HOC", null, "ON_SITE", stage, false, "pi",
                "lead", "lead", AT, null, signedOn, null, null, checkEndedOn, null, null, null, null, List.of(), null,
                new Inspection.Contents(List.copyOf(documents), List.of(), List.of()));
    }

    private static InspectionDocument document(long id, String type, String signedBy) {
        return new InspectionDocument(id, "KT-1", type, null, "x", true, null, "lead", AT, signedBy,
                signedBy == null ? null : AT, null, null, null, null, false, false);
    }
}
