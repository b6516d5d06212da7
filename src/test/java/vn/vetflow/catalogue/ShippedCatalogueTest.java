package vn.vetflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The catalogue files shipped in processes/catalogue/ load, validate and say what the domain brief says. */
class ShippedCatalogueTest {

    /** Forms are written elsewhere; here every form exists, and we note which ones were asked for. */
    private final Set<String> formsAskedFor = new TreeSet<>();
    private final ProcedureCatalogue catalogue = new ProcedureCatalogue(new CatalogueLoader(form -> {
        formsAskedFor.add(form);
        return true;
    }).load(List.of(CatalogueLoader.CLASSPATH_LOCATION)));

    @Test
    void holdsTheSixProvincialProcedures() {
        assertThat(catalogue.all()).extracting(Procedure::id).containsExactly("P1", "P2", "P3", "P4", "P8", "P9");
        assertThat(formsAskedFor).containsExactly(
                "application-p1", "application-p2", "application-p3", "application-p4", "application-p8", "application-p9");
    }

    @Test
    void deadlinesAndDecidersFollowTheTable() {
        LocalDate day = LocalDate.of(2026, 1, 5);
        Map<String, Integer> deadlines = Map.of("P1", 10, "P2", 10, "P3", 7, "P4", 25, "P8", 15, "P9", 15);
        Set<String> chairman = Set.of("P3", "P4", "P9");
        deadlines.forEach((id, days) -> {
            ProcedureVersion v = catalogue.currentVersion(id, day);
            assertThat(v.deadlineDays()).as(id).isEqualTo(days);
            assertThat(v.steps().values().stream().mapToInt(StepBudget::days).sum()).as(id).isEqualTo(days);
            assertThat(v.chairmanDecisionRequired()).as(id).isEqualTo(chairman.contains(id));
            assertThat(v.step(StepKeys.CHAIRMAN).isPresent()).as(id).isEqualTo(chairman.contains(id));
            assertThat(v.components()).as(id).hasSizeBetween(3, 6);
            assertThat(v.legalBasis()).as(id).anyMatch(b -> b.contains("74/2014/QH13"));
            assertThat(v.legalBasis()).as(id).anyMatch(b -> b.contains("445/QĐ-LĐTBXH"));
            assertThat(v.applicationForm()).as(id).isEqualTo("application-" + id.toLowerCase());
            assertThat(v.competentBodyName()).as(id)
                    .isEqualTo(chairman.contains(id) ? "Chủ tịch Ủy ban nhân dân tỉnh" : "Sở Giáo dục và Đào tạo");
        });
        assertThat(catalogue.currentVersion("P1", day).refusalDays()).isEqualTo(5);
        assertThat(catalogue.currentVersion("P2", day).refusalDays()).isEqualTo(5);
    }

    @Test
    void stepsRunInOrder() {
        ProcedureVersion p4 = catalogue.currentVersion("P4", LocalDate.of(2026, 1, 5));
        assertThat(p4.steps().keySet()).containsExactly("reception", "appraisal", "approval", "chairman", "result");
        assertThat(p4.step("chairman")).contains(new StepBudget(6, List.of("specialist")));
    }

    @Test
    void noShippedProcedureShowsAFeeNoTextGives() {
        // Every provincial page found lists no fee for these procedures (public-services.md §2); the fee
        // path is exercised by the test fixture PT1 (src/test/resources/test-catalogue) instead.
        catalogue.all().stream().flatMap(p -> p.versions().stream()).forEach(v ->
                assertThat(v.fees()).as(v.procedureId() + " v" + v.version()).isEmpty());
        ProcedureVersion p4 = catalogue.currentVersion("P4", LocalDate.of(2026, 1, 5));
        assertThat(p4.feeRequired()).isFalse();
        assertThat(p4.chairmanDecisionRequired()).isTrue();
        assertThat(p4.payment()).isEqualTo(new PaymentRule(5));
    }

    @Test
    void p1MovedToTheEducationDepartmentOn1March2025() {
        ProcedureVersion before = catalogue.currentVersion("P1", LocalDate.of(2024, 5, 1));
        ProcedureVersion after = catalogue.currentVersion("P1", LocalDate.of(2026, 1, 5));
        assertThat(before.version()).isEqualTo(1);
        assertThat(before.competentBodyName()).isEqualTo("Sở Lao động - Thương binh và Xã hội");
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.competentBodyName()).isEqualTo("Sở Giáo dục và Đào tạo");
        assertThat(after.effectiveTo()).isNull();
        assertThat(after.deadlineDays()).isEqualTo(before.deadlineDays());
        assertThat(catalogue.currentVersion("P1", LocalDate.of(2025, 2, 28)).version()).isEqualTo(1);
        assertThat(catalogue.currentVersion("P1", LocalDate.of(2025, 3, 1)).version()).isEqualTo(2);
        assertThat(catalogue.currentVersion("P2", LocalDate.of(2024, 5, 1)).version()).isEqualTo(1);
        assertThat(catalogue.currentVersion("P2", LocalDate.of(2026, 1, 5)).version()).isEqualTo(2);
    }

    @Test
    void aRunningDossierStillFindsItsVersion() {
        ProcedureVersion v1 = catalogue.version("P1", 1);
        assertThat(v1.effectiveTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(v1.agencyCode()).isNotEqualTo(catalogue.version("P1", 2).agencyCode());
        assertThatThrownBy(() -> catalogue.version("P1", 3))
                .isInstanceOfSatisfying(ProcedureNotFoundException.class, e -> {
                    assertThat(e.getProcedureId()).isEqualTo("P1");
                    assertThat(e.getVersion()).isEqualTo(3);
                });
    }

    @Test
    void beforeTheMoveOnlyP1AndP2Existed() {
        assertThat(catalogue.effectiveOn(LocalDate.of(2024, 5, 1)))
                .extracting(ProcedureVersion::procedureId).containsExactly("P1", "P2");
        assertThat(catalogue.effectiveOn(LocalDate.of(2026, 1, 5)))
                .extracting(ProcedureVersion::procedureId).containsExactly("P1", "P2", "P3", "P4", "P8", "P9");
        assertThatThrownBy(() -> catalogue.currentVersion("P3", LocalDate.of(2024, 5, 1)))
                .isInstanceOfSatisfying(ProcedureNotFoundException.class, e -> {
                    assertThat(e.getProcedureId()).isEqualTo("P3");
                    assertThat(e.getDay()).isEqualTo(LocalDate.of(2024, 5, 1));
                    assertThat(e).hasMessageContaining("P3").hasMessageContaining("2024-05-01");
                });
    }

    @Test
    void vietnameseTextIsComposedUnicode() {
        // Decomposed text (a base letter followed by combining marks) looks right but breaks search.
        catalogue.all().stream().flatMap(p -> p.versions().stream()).forEach(v -> {
            Stream<String> texts = Stream.of(Stream.of(v.name(), v.field(), v.competentBodyName(), v.result().name()),
                    v.legalBasis().stream(), v.components().stream().map(DossierComponent::name)).flatMap(s -> s);
            texts.forEach(text -> assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(text).isTrue());
        });
        assertThat(catalogue.currentVersion("P1", LocalDate.of(2026, 1, 5)).name())
                .startsWith("Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp");
    }

    @Test
    void withoutTheFormsTheLoaderNamesEachMissingForm() {
        // What the application does on startup in a build that lacks forms/applications/*.form.
        CatalogueLoader loader = new CatalogueLoader(form -> false);
        assertThatThrownBy(() -> loader.load(List.of(CatalogueLoader.CLASSPATH_LOCATION)))
                .isInstanceOfSatisfying(CatalogueException.class, e -> assertThat(e.getProblems()).contains(
                        "processes/catalogue/P1.yaml: procedure P1 version 1: applicationForm: "
                                + "no form forms/applications/application-p1.form on the classpath",
                        "processes/catalogue/P9.yaml: procedure P9 version 1: applicationForm: "
                                + "no form forms/applications/application-p9.form on the classpath"));
    }
}
