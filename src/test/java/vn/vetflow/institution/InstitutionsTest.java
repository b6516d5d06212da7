package vn.vetflow.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import vn.vetflow.support.VetflowTest;

/** The register's public API as the inspection module uses it. */
@VetflowTest
class InstitutionsTest {

    @Autowired Institutions institutions;

    private InstitutionSummary institution(String code) {
        return new InstitutionSummary(code, "Trường Trung cấp Thử nghiệm " + code, InstitutionType.INTERMEDIATE,
                "Số 1 đường Hoàng Liên, phường Cốc Lếu", "Phường Cốc Lếu", "0214 3840 111", code + "@example.vn",
                LocalDate.of(2008, 9, 5), "Nguyễn Văn Thử", null);
    }

    @Test
    void findsByCodeAndByStaffAccount() {
        institutions.create(institution("TC-API-01"));
        institutions.link("apistaff1", "TC-API-01", "Trưởng phòng Đào tạo");
        institutions.link("apistaff2", "TC-API-01", "Cán bộ");

        assertThat(institutions.byCode("TC-API-01")).get().extracting(InstitutionSummary::name)
                .isEqualTo("Trường Trung cấp Thử nghiệm TC-API-01");
        assertThat(institutions.ofUser("apistaff2")).get().extracting(InstitutionSummary::code).isEqualTo("TC-API-01");
        assertThat(institutions.ofUser("nobody-linked")).isEmpty();
        assertThat(institutions.membersOf("TC-API-01")).containsExactly("apistaff1", "apistaff2");
        assertThat(institutions.all()).extracting(InstitutionSummary::code).contains("TC-API-01");
        assertThat(institutions.byCode("NO-SUCH")).isEmpty();
        assertThatThrownBy(() -> institutions.create(institution("TC-API-01"))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void recordInspectionKeepsTheLatestDay() {
        institutions.create(institution("TC-API-02"));
        assertThat(institutions.byCode("TC-API-02").orElseThrow().lastInspectedOn()).isNull();

        institutions.recordInspection("TC-API-02", LocalDate.of(2026, 5, 20));
        institutions.recordInspection("TC-API-02", LocalDate.of(2025, 11, 3));

        assertThat(institutions.byCode("TC-API-02").orElseThrow().lastInspectedOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThatThrownBy(() -> institutions.recordInspection("NO-SUCH", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InstitutionNotFoundException.class);
    }

    @Test
    void occupationsCarryScaleAndEnrolment() {
        institutions.create(institution("TC-API-03"));
        institutions.replaceOccupations("TC-API-03", List.of(
                new Occupation("5520227", "Điện công nghiệp", OccupationLevel.INTERMEDIATE, 100, 111),
                new Occupation("5810207", "Kỹ thuật chế biến món ăn", OccupationLevel.INTERMEDIATE, 50, 40)));

        List<Occupation> occupations = institutions.occupations("TC-API-03");
        assertThat(occupations).hasSize(2);
        assertThat(occupations.get(0).name()).isEqualTo("Điện công nghiệp");
        assertThat(occupations.get(0).percentOverScale()).isEqualTo(11.0);
        assertThat(occupations.get(1).percentOverScale()).isEqualTo(-20.0);
    }
}
