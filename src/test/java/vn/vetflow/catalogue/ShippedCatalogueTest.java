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
    void holdsTheNineProvincialProcedures() {
        assertThat(catalogue.all()).extracting(Procedure::id)
                .containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9");
        assertThat(formsAskedFor).containsExactly("application-p1", "application-p2", "application-p3", "application-p4",
                "application-p5", "application-p6", "application-p7", "application-p8", "application-p9");
    }

    @Test
    void deadlinesAndDecidersFollowTheTable() {
        LocalDate day = LocalDate.of(2026, 1, 5);
        // P3, P6, P7: the Department's appraisal as the brief states it, then the Chairman's own budget.
        Map<String, Integer> deadlines = Map.of("P1", 10, "P2", 10, "P3", 13, "P4", 25, "P5", 20, "P6", 16, "P7", 26,
                "P8", 15, "P9", 15);
        Set<String> chairman = Set.of("P3", "P4", "P5", "P6", "P7", "P9");
        deadlines.forEach((id, days) -> {
            ProcedureVersion v = catalogue.currentVersion(id, day);
            assertThat(v.deadlineDays()).as(id).isEqualTo(days);
            assertThat(v.steps().values().stream().mapToInt(StepBudget::days).sum()).as(id).isEqualTo(days);
            assertThat(v.chairmanDecisionRequired()).as(id).isEqualTo(chairman.contains(id));
            assertThat(v.step(StepKeys.CHAIRMAN).isPresent()).as(id).isEqualTo(chairman.contains(id));
            assertThat(v.components()).as(id).hasSizeBetween(3, 6);
            assertThat(v.legalBasis()).as(id).anyMatch(b -> b.contains("118/2025/NĐ-CP"));
            assertThat(v.legalBasis()).as(id).anyMatch(b -> b.contains("03/2025/TT-VPCP"));
            assertThat(v.toConfirm()).as(id).isNotEmpty();
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
        ProcedureVersion after = catalogue.currentVersion("P1", LocalDate.of(2025, 5, 1));
        assertThat(before.version()).isEqualTo(1);
        assertThat(before.competentBodyName()).isEqualTo("Sở Lao động - Thương binh và Xã hội");
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.legalBasis()).anyMatch(b -> b.contains("37/2025/NĐ-CP"))
                .noneMatch(b -> b.contains("118/2025"));
        assertThat(after.effectiveTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        after = catalogue.currentVersion("P1", LocalDate.of(2026, 1, 5));
        assertThat(after.version()).isEqualTo(3);
        assertThat(after.competentBodyName()).isEqualTo("Sở Giáo dục và Đào tạo");
        assertThat(after.effectiveTo()).isNull();
        assertThat(after.deadlineDays()).isEqualTo(before.deadlineDays());
        assertThat(catalogue.currentVersion("P1", LocalDate.of(2025, 2, 28)).version()).isEqualTo(1);
        assertThat(catalogue.currentVersion("P1", LocalDate.of(2025, 3, 1)).version()).isEqualTo(2);
        assertThat(catalogue.currentVersion("P1", LocalDate.of(2025, 7, 1)).version()).isEqualTo(3);
        assertThat(catalogue.currentVersion("P2", LocalDate.of(2024, 5, 1)).version()).isEqualTo(1);
        assertThat(catalogue.currentVersion("P2", LocalDate.of(2026, 1, 5)).version()).isEqualTo(3);
    }

    @Test
    void aRunningDossierStillFindsItsVersion() {
        ProcedureVersion v1 = catalogue.version("P1", 1);
        assertThat(v1.effectiveTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(v1.agencyCode()).isNotEqualTo(catalogue.version("P1", 2).agencyCode());
        assertThatThrownBy(() -> catalogue.version("P1", 4))
                .isInstanceOfSatisfying(ProcedureNotFoundException.class, e -> {
                    assertThat(e.getProcedureId()).isEqualTo("P1");
                    assertThat(e.getVersion()).isEqualTo(4);
                });
    }

    @Test
    void beforeTheMoveOnlyP1AndP2Existed() {
        assertThat(catalogue.effectiveOn(LocalDate.of(2024, 5, 1)))
                .extracting(ProcedureVersion::procedureId).containsExactly("P1", "P2");
        assertThat(catalogue.effectiveOn(LocalDate.of(2026, 1, 5)))
                .extracting(ProcedureVersion::procedureId)
                .containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9");
        assertThatThrownBy(() -> catalogue.currentVersion("P3", LocalDate.of(2024, 5, 1)))
                .isInstanceOfSatisfying(ProcedureNotFoundException.class, e -> {
                    assertThat(e.getProcedureId()).isEqualTo("P3");
                    assertThat(e.getDay()).isEqualTo(LocalDate.of(2024, 5, 1));
                    assertThat(e).hasMessageContaining("P3").hasMessageContaining("2024-05-01");
                });
    }

    @Test
    void theChairmansDecisionHasABudgetOfItsOwnAfterTheDepartmentsAppraisal() {
        // The brief: P3 appraisal 7, P6 appraisal 10, P7 appraisal 20 working days, then the competent person decides.
        Map<String, Integer> appraisal = Map.of("P3", 7, "P6", 10, "P7", 20);
        appraisal.forEach((id, days) -> {
            ProcedureVersion v = catalogue.currentVersion(id, LocalDate.of(2026, 1, 5));
            assertThat(v.departmentDays()).as(id).isEqualTo(days);
            int department = StepKeys.DEPARTMENT_APPRAISAL.stream().mapToInt(k -> v.step(k).orElseThrow().days()).sum();
            assertThat(department).as(id).isEqualTo(days);
            assertThat(v.step(StepKeys.CHAIRMAN).orElseThrow().days()).as(id).isPositive();
            assertThat(v.deadlineDays()).as(id).isGreaterThan(days);
            assertThat(v.toConfirm()).as(id).anyMatch(t -> t.contains("giá trị tạm"));
        });
        // P3 before the fix counted the Chairman inside the Department's 7 days; both its versions are fixed.
        assertThat(catalogue.version("P3", 1).departmentDays()).isEqualTo(7);
    }

    @Test
    void p5sProcessingTimeIsMarkedToConfirm() {
        ProcedureVersion p5 = catalogue.currentVersion("P5", LocalDate.of(2026, 1, 5));
        assertThat(p5.toConfirm()).anyMatch(t -> t.contains("Thời hạn giải quyết") && t.contains("giá trị tạm"));
        assertThat(p5.chairmanDecisionRequired()).isTrue();
        assertThat(p5.components()).extracting(DossierComponent::code).containsExactly("TOTRINH", "DEAN", "QHMB", "DATDAI");
    }

    @Test
    void p7CarriesReasonsProtectionsFinancialObligationsAndLiquidation() {
        ProcedureVersion p7 = catalogue.currentVersion("P7", LocalDate.of(2026, 1, 5));
        assertThat(p7.components()).extracting(DossierComponent::code)
                .contains("TOTRINH", "NGUOIHOC", "NHANSU", "TAICHINH", "THANHLY");
        assertThat(p7.guide().conditions()).anyMatch(c -> c.contains("lý do"))
                .anyMatch(c -> c.contains("người học")).anyMatch(c -> c.contains("người lao động"))
                .anyMatch(c -> c.contains("nghĩa vụ tài chính")).anyMatch(c -> c.contains("thanh lý tài sản"));
    }

    @Test
    void versionsSince2025CiteTheNewTextsAndEveryVersionInForceSaysWhatIsUnconfirmed() {
        for (String id : List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9")) {
            ProcedureVersion march = catalogue.currentVersion(id, LocalDate.of(2025, 3, 1));
            ProcedureVersion july = catalogue.currentVersion(id, LocalDate.of(2025, 7, 1));
            assertThat(march.effectiveFrom()).as(id).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(march.competentBodyName()).as(id).isIn("Sở Giáo dục và Đào tạo", "Chủ tịch Ủy ban nhân dân tỉnh");
            assertThat(march.legalBasis()).as(id).anyMatch(b -> b.contains("37/2025/NĐ-CP"));
            assertThat(july.effectiveFrom()).as(id).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(july.effectiveTo()).as(id).isNull();
            assertThat(july.legalBasis()).as(id).anyMatch(b -> b.contains("142/2025/NĐ-CP") && b.contains("143/2025/NĐ-CP"));
            assertThat(july.toConfirm()).as(id).anyMatch(t -> t.contains("118/2025"));
            assertThat(july.guide().applicants()).as(id).isNotEmpty();
            assertThat(july.guide().applicantSteps()).as(id).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void theExportFormatLoadsBackToTheSameVersions() {
        // YAML files are the seed and the export format: what /admin/catalogue exports loads back unchanged.
        CatalogueLoader loader = new CatalogueLoader(form -> true);
        for (Procedure p : catalogue.all()) {
            Procedure again = loader.loadText("export", CatalogueExport.procedure(p.id(), p.versions()));
            assertThat(again).as(p.id()).isEqualTo(p);
        }
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
