package vn.vetflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The loader accepts two versions exactly when no day falls in both ranges. */
class VersionRangeProperties {

    private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
    private static Path dir;

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("catalogue-ranges");
    }

    @AfterContainer
    static void deleteDir() throws IOException {
        Files.deleteIfExists(dir.resolve("R1.yaml"));
        Files.deleteIfExists(dir);
    }

    @Property(tries = 300)
    void twoVersionsLoadIfAndOnlyIfTheirRangesAreDisjoint(
            @ForAll @IntRange(min = 0, max = 60) int fromA, @ForAll @IntRange(min = -1, max = 60) int lengthA,
            @ForAll @IntRange(min = 0, max = 60) int fromB, @ForAll @IntRange(min = -1, max = 60) int lengthB)
            throws IOException {
        // A length of -1 stands for an open-ended version.
        LocalDate startA = BASE.plusDays(fromA);
        LocalDate endA = lengthA < 0 ? null : startA.plusDays(lengthA);
        LocalDate startB = BASE.plusDays(fromB);
        LocalDate endB = lengthB < 0 ? null : startB.plusDays(lengthB);
        Files.writeString(dir.resolve("R1.yaml"), "id: R1\nversions:\n" + version(1, startA, endA) + version(2, startB, endB));

        boolean shareADay = BASE.datesUntil(BASE.plusDays(200))
                .anyMatch(day -> within(day, startA, endA) && within(day, startB, endB));
        CatalogueException e = catchThrowableOfType(
                () -> new CatalogueLoader(form -> true).load(List.of("file:" + dir + "/*.yaml")),
                CatalogueException.class);
        if (shareADay) {
            assertThat(e).isNotNull();
            assertThat(e.getProblems()).singleElement().asString().contains("overlaps version");
        } else {
            assertThat(e).isNull();
        }
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    private static String version(int number, LocalDate from, LocalDate to) {
        return """
                  - version: %d
                    effectiveFrom: %s
                %s    name: "Thủ tục thử nghiệm"
                    field: "Giáo dục nghề nghiệp"
                    competentBody: DEPARTMENT
                    agencyCode: "000.00.25.H65"
                    deadlineDays: 2
                    steps:
                      reception: { days: 0, groups: [reception] }
                      appraisal: { days: 1, groups: [specialist] }
                      approval:  { days: 1, groups: [leader] }
                      result:    { days: 0, groups: [reception] }
                    components:
                      - { code: DON, name: "Đơn đề nghị", fileTypes: [pdf], maxSizeMb: 10 }
                    applicationForm: application-r1
                    result: { name: "Giấy chứng nhận", numberPrefix: "GCN" }
                """.formatted(number, from, to == null ? "" : "    effectiveTo: " + to + "\n");
    }
}
