package vn.vetflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** ProcedureCatalogue and ProcedureVersion built by hand, without files. */
class ProcedureCatalogueTest {

    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);

    @Test
    void idsSortNaturally() {
        ProcedureCatalogue catalogue = new ProcedureCatalogue(List.of(
                procedure("P10", version("P10", 1, MARCH_2025, null)),
                procedure("P2", version("P2", 1, MARCH_2025, null)),
                procedure("P1", version("P1", 1, MARCH_2025, null))));
        assertThat(catalogue.all()).extracting(Procedure::id).containsExactly("P1", "P2", "P10");
        assertThat(catalogue.effectiveOn(MARCH_2025)).extracting(ProcedureVersion::procedureId)
                .containsExactly("P1", "P2", "P10");
        assertThat(ProcedureCatalogue.ID_ORDER.compare("P02", "P2")).isNotZero();
        assertThat(ProcedureCatalogue.ID_ORDER.compare("A9", "B1")).isNegative();
    }

    @Test
    void aProcedureIsGivenOnce() {
        Procedure p1 = procedure("P1", version("P1", 1, MARCH_2025, null));
        assertThatThrownBy(() -> new ProcedureCatalogue(List.of(p1, p1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P1");
    }

    @Test
    void bothEndsOfTheRangeAreInclusive() {
        ProcedureVersion v = version("P1", 1, MARCH_2025, LocalDate.of(2025, 6, 30));
        assertThat(v.isEffectiveOn(LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(v.isEffectiveOn(MARCH_2025)).isTrue();
        assertThat(v.isEffectiveOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(v.isEffectiveOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(version("P1", 1, MARCH_2025, null).isEffectiveOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void anUnknownProcedureIsReportedWithItsIdAndDay() {
        ProcedureCatalogue catalogue = new ProcedureCatalogue(List.of());
        assertThatThrownBy(() -> catalogue.currentVersion("P7", MARCH_2025))
                .isInstanceOfSatisfying(ProcedureNotFoundException.class, e -> {
                    assertThat(e.getProcedureId()).isEqualTo("P7");
                    assertThat(e.getDay()).isEqualTo(MARCH_2025);
                    assertThat(e).hasMessage("Procedure P7 is not in the catalogue (asked for 2025-03-01)");
                });
        assertThatThrownBy(() -> catalogue.version("P7", 1))
                .isInstanceOf(ProcedureNotFoundException.class).hasMessageContaining("P7");
        assertThat(catalogue.find("P7")).isEmpty();
    }

    @Test
    void versionsAreKeptInNumberOrder() {
        Procedure p = procedure("P1", version("P1", 2, MARCH_2025, null),
                version("P1", 1, LocalDate.of(2022, 7, 1), LocalDate.of(2025, 2, 28)));
        assertThat(p.versions()).extracting(ProcedureVersion::version).containsExactly(1, 2);
        assertThat(p.versionOn(LocalDate.of(2022, 6, 30))).isEmpty();
    }

    @Test
    void aVersionBelongsToItsProcedure() {
        assertThatThrownBy(() -> procedure("P1", version("P2", 1, MARCH_2025, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void feesAddUp() {
        ProcedureVersion v = version("P1", 1, MARCH_2025, null,
                List.of(new Fee("Phí thẩm định", 1_000_000), new Fee("Lệ phí cấp giấy", 500_000)));
        assertThat(v.totalFeeVnd()).isEqualTo(1_500_000);
        assertThat(v.feeRequired()).isTrue();
        assertThat(v.component("DON")).isPresent();
        assertThat(v.component("KHAC")).isEmpty();
        assertThat(v.step(StepKeys.CHAIRMAN)).isEmpty();
        assertThat(v.step(StepKeys.APPRAISAL)).contains(new StepBudget(6, List.of("specialist")));
    }

    @Test
    void aVersionCannotBeChangedAfterwards() {
        ProcedureVersion v = version("P1", 1, MARCH_2025, null);
        assertThatThrownBy(() -> v.steps().put("chairman", new StepBudget(1, List.of("leader"))))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> v.components().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Procedure procedure(String id, ProcedureVersion... versions) {
        return new Procedure(id, List.of(versions));
    }

    private static ProcedureVersion version(String id, int number, LocalDate from, LocalDate to) {
        return version(id, number, from, to, List.of());
    }

    private static ProcedureVersion version(String id, int number, LocalDate from, LocalDate to, List<Fee> fees) {
        Map<String, StepBudget> steps = new LinkedHashMap<>();
        steps.put(StepKeys.RECEPTION, new StepBudget(1, List.of("reception")));
        steps.put(StepKeys.APPRAISAL, new StepBudget(6, List.of("specialist")));
        steps.put(StepKeys.APPROVAL, new StepBudget(2, List.of("leader")));
        steps.put(StepKeys.RESULT, new StepBudget(1, List.of("reception")));
        return new ProcedureVersion(id, number, from, to, null, "Thủ tục " + id, null, "Giáo dục nghề nghiệp",
                "GDNN", List.of(), CompetentBody.DEPARTMENT, "Sở Giáo dục và Đào tạo", "000.00.25.H65",
                ServiceLevel.FULL_ONLINE, 10, 5, steps, List.of("leader"), false, SupplementRule.DEFAULT,
                PaymentRule.DEFAULT, fees,
                List.of(new DossierComponent("DON", "Đơn đề nghị", true, List.of("pdf"), 10, null)),
                "application-" + id.toLowerCase(), new ResultDocument("Giấy chứng nhận", "GCN"));
    }
}
