package vn.vetflow.institution;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/** The register's pages and who may reach them; an institution's staff see their own institution only. */
@VetflowTest
class InstitutionPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Institutions institutions;
    @Autowired TestUsers users;

    private static final RequestPostProcessor INSPECTOR = user("pgkiemtra").roles(Roles.INSPECTOR, "kiemtra");
    private static final RequestPostProcessor LEADER = user("pglanhdao").roles(Roles.LEADER);
    private static final RequestPostProcessor SUPERVISOR = user("pggiamsat").roles(Roles.SUPERVISOR);
    private static final RequestPostProcessor ADMIN = user("pgadmin").roles(Roles.ADMIN);
    private static final RequestPostProcessor SPECIALIST = user("pgchuyenvien").roles(Roles.SPECIALIST, "gdnn");
    private static final RequestPostProcessor APPLICANT = user("pgcongdan").roles(Roles.APPLICANT);
    private static final RequestPostProcessor STAFF_A = user("pgstaffa").roles(Roles.INSTITUTION, Roles.APPLICANT);
    private static final RequestPostProcessor UNLINKED = user("pgstaffx").roles(Roles.INSTITUTION);

    @BeforeEach
    void register() {
        if (institutions.byCode("TC-PAGE-A").isPresent()) {
            return;
        }
        institutions.create(new InstitutionSummary("TC-PAGE-A", "Trường Trung cấp Trang A", InstitutionType.INTERMEDIATE,
                "Tổ 7, phường Văn Phú", "Phường Văn Phú", "0216 3811 222", "a@example.vn", LocalDate.of(2009, 5, 1),
                "Vũ Thị Lan", null));
        institutions.replaceOccupations("TC-PAGE-A", List.of(
                new Occupation("5520227", "Điện công nghiệp", OccupationLevel.INTERMEDIATE, 100, 125)));
        institutions.create(new InstitutionSummary("TT-PAGE-B", "Trung tâm GDNN Trang B", InstitutionType.CENTRE,
                "Thôn Đồng Tâm, xã Trấn Yên", "Xã Trấn Yên", null, null, null, null, LocalDate.of(2026, 1, 10)));
        institutions.link("pgstaffa", "TC-PAGE-A", "Cán bộ đào tạo");
        users.ensure("pgstaffc", "pw", Roles.INSTITUTION);
        users.ensure("pgofficer", "pw", Roles.SPECIALIST);
    }

    @Test
    void theListIsForInspectorsLeadersSupervisorsAndAdministrators() throws Exception {
        for (RequestPostProcessor reader : List.of(INSPECTOR, LEADER, SUPERVISOR, ADMIN)) {
            mvc.perform(get("/institutions").with(reader)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Trường Trung cấp Trang A")));
        }
        for (RequestPostProcessor outsider : List.of(SPECIALIST, APPLICANT)) {
            mvc.perform(get("/institutions").with(outsider)).andExpect(status().isForbidden());
            mvc.perform(get("/institutions/TC-PAGE-A").with(outsider)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/institutions")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void searchIgnoresAccents() throws Exception {
        mvc.perform(get("/institutions").param("q", "trung tam trang b").with(LEADER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("TT-PAGE-B")))
                .andExpect(content().string(not(containsString("TC-PAGE-A"))));
    }

    @Test
    void anInstitutionUserSeesItsOwnPageOnly() throws Exception {
        mvc.perform(get("/institutions").with(STAFF_A)).andExpect(redirectedUrl("/institutions/TC-PAGE-A"));
        mvc.perform(get("/institutions/TC-PAGE-A").with(STAFF_A)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Điện công nghiệp")))
                .andExpect(content().string(containsString("pgstaffa")))
                .andExpect(content().string(not(containsString("id=\"risk\""))));
        mvc.perform(get("/institutions/TT-PAGE-B").with(STAFF_A)).andExpect(status().isNotFound());
        mvc.perform(get("/institutions/NO-SUCH").with(STAFF_A)).andExpect(status().isNotFound());
        mvc.perform(get("/institutions").with(UNLINKED)).andExpect(status().isNotFound());
        mvc.perform(get("/institutions/new").with(STAFF_A)).andExpect(status().isForbidden());
        mvc.perform(get("/institutions/TC-PAGE-A/edit").with(STAFF_A)).andExpect(status().isForbidden());
        mvc.perform(post("/institutions/TC-PAGE-A").with(STAFF_A).with(csrf()).param("name", "Đổi tên"))
                .andExpect(status().isForbidden());
    }

    @Test
    void inspectorsSeeOccupationsOverScaleAndRiskHints() throws Exception {
        mvc.perform(get("/institutions/TC-PAGE-A").with(INSPECTOR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("+25%")))
                .andExpect(content().string(containsString("Vượt trên 10%")))
                .andExpect(content().string(containsString("id=\"risk\"")))
                .andExpect(content().string(containsString(
                        "Tuyển sinh vượt 25% quy mô đăng ký (trên 10% phải đăng ký bổ sung)")))
                .andExpect(content().string(containsString("Chưa từng được kiểm tra")))
                .andExpect(content().string(containsString("edit-institution")));
        mvc.perform(get("/institutions/TC-PAGE-A").with(LEADER)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("edit-institution"))));
    }

    @Test
    void invalidInstitutionIsShownAgainWithWhatWasTyped() throws Exception {
        mvc.perform(post("/institutions").with(INSPECTOR).with(csrf())
                        .param("code", "cd nghe 9").param("name", "Trường Cao đẳng Thử").param("type", "")
                        .param("address", "").param("district", "Phường Âu Lâu").param("email", "khong-hop-le")
                        .param("establishedOn", "2999-01-01"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("value=\"Trường Cao đẳng Thử\"")))
                .andExpect(content().string(containsString("value=\"Phường Âu Lâu\"")))
                .andExpect(content().string(containsString("Mã cơ sở chỉ gồm chữ in hoa, số và dấu gạch ngang")))
                .andExpect(content().string(containsString("Vui lòng chọn loại hình cơ sở.")))
                .andExpect(content().string(containsString("Vui lòng nhập địa chỉ.")))
                .andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ.")))
                .andExpect(content().string(containsString("Ngày thành lập không được sau ngày hôm nay.")));
        mvc.perform(post("/institutions").with(INSPECTOR).with(csrf())
                        .param("code", "TC-PAGE-A").param("name", "Trùng mã").param("type", "INTERMEDIATE")
                        .param("address", "Tổ 1").param("district", "Phường Yên Bái"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Mã cơ sở này đã được dùng.")));
        mvc.perform(post("/institutions").with(LEADER).with(csrf()).param("code", "TC-LEAD-1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void inspectorsAndAdministratorsRegisterAndEdit() throws Exception {
        mvc.perform(post("/institutions").with(ADMIN).with(csrf())
                        .param("code", "cd-page-new").param("name", "Trường Cao đẳng Trang Mới").param("type", "COLLEGE")
                        .param("address", "Số 5 đường Nguyễn Thái Học, phường Âu Lâu").param("district", "Phường Âu Lâu")
                        .param("establishedOn", "2020-09-01"))
                .andExpect(redirectedUrl("/institutions/CD-PAGE-NEW"))
                .andExpect(flash().attribute("message", "institution.created"));
        assertThat(institutions.byCode("CD-PAGE-NEW").orElseThrow().establishedOn()).isEqualTo(LocalDate.of(2020, 9, 1));

        mvc.perform(get("/institutions/CD-PAGE-NEW/edit").with(INSPECTOR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Trường Cao đẳng Trang Mới\"")));
        mvc.perform(get("/institutions/CD-PAGE-NEW/edit").with(LEADER)).andExpect(status().isForbidden());
        mvc.perform(post("/institutions/CD-PAGE-NEW").with(INSPECTOR).with(csrf())
                        .param("name", "").param("type", "COLLEGE").param("address", "Số 5").param("district", "Âu Lâu"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Vui lòng nhập tên cơ sở.")));
        mvc.perform(post("/institutions/CD-PAGE-NEW").with(INSPECTOR).with(csrf())
                        .param("code", "HIJACK").param("name", "Trường Cao đẳng Trang Mới (đổi tên)").param("type", "COLLEGE")
                        .param("address", "Số 5").param("district", "Phường Âu Lâu").param("phone", "0216 3999 000"))
                .andExpect(redirectedUrl("/institutions/CD-PAGE-NEW"));
        InstitutionSummary edited = institutions.byCode("CD-PAGE-NEW").orElseThrow();
        assertThat(edited.name()).isEqualTo("Trường Cao đẳng Trang Mới (đổi tên)");
        assertThat(edited.phone()).isEqualTo("0216 3999 000");
        assertThat(institutions.byCode("HIJACK")).isEmpty();
    }

    @Test
    void staffAccountsAreLinkedByInspectorsOnly() throws Exception {
        mvc.perform(post("/institutions/TT-PAGE-B/members").with(INSPECTOR).with(csrf())
                        .param("username", "pgofficer"))
                .andExpect(flash().attribute("error", "institution.error.member.notInstitution"));
        mvc.perform(post("/institutions/TT-PAGE-B/members").with(LEADER).with(csrf())
                        .param("username", "pgstaffc")).andExpect(status().isForbidden());
        mvc.perform(post("/institutions/TT-PAGE-B/members").with(INSPECTOR).with(csrf())
                        .param("username", "pgstaffc").param("position", "Giám đốc"))
                .andExpect(flash().attribute("message", "institution.member.linked"));
        assertThat(institutions.membersOf("TT-PAGE-B")).containsExactly("pgstaffc");
        mvc.perform(post("/institutions/TC-PAGE-A/members").with(INSPECTOR).with(csrf())
                        .param("username", "pgstaffc"))
                .andExpect(flash().attribute("error", "institution.error.member.elsewhere"));
        mvc.perform(post("/institutions/TT-PAGE-B/members/pgstaffc/delete").with(INSPECTOR).with(csrf()))
                .andExpect(flash().attribute("message", "institution.member.unlinked"));
        assertThat(institutions.membersOf("TT-PAGE-B")).isEmpty();
    }

    @Test
    void inspectorsKeepTheRegisteredOccupations() throws Exception {
        mvc.perform(post("/institutions/TT-PAGE-B/occupations").with(INSPECTOR).with(csrf())
                        .param("occupationCode", "12ab").param("occupationName", "May công nghiệp").param("level", "")
                        .param("registeredScale", "0").param("currentEnrolment", "-1"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("value=\"May công nghiệp\"")))
                .andExpect(content().string(containsString("Mã ngành, nghề gồm 7 chữ số.")))
                .andExpect(content().string(containsString("Vui lòng chọn trình độ đào tạo.")))
                .andExpect(content().string(containsString("Quy mô đăng ký phải là số nguyên dương.")))
                .andExpect(content().string(containsString("Số đang tuyển phải là số nguyên không âm.")));
        mvc.perform(post("/institutions/TT-PAGE-B/occupations").with(LEADER).with(csrf())
                .param("occupationCode", "4540205")).andExpect(status().isForbidden());

        mvc.perform(post("/institutions/TT-PAGE-B/occupations").with(INSPECTOR).with(csrf())
                        .param("occupationCode", "4540205").param("occupationName", "May công nghiệp")
                        .param("level", "ELEMENTARY").param("registeredScale", "60").param("currentEnrolment", "50"))
                .andExpect(flash().attribute("message", "institution.occupation.saved"));
        mvc.perform(post("/institutions/TT-PAGE-B/occupations").with(INSPECTOR).with(csrf())
                        .param("occupationCode", "4540205").param("occupationName", "May công nghiệp")
                        .param("level", "ELEMENTARY").param("registeredScale", "60").param("currentEnrolment", "67"))
                .andExpect(flash().attribute("message", "institution.occupation.saved"));
        assertThat(institutions.occupations("TT-PAGE-B")).singleElement()
                .satisfies(o -> assertThat(o.currentEnrolment()).isEqualTo(67));

        mvc.perform(post("/institutions/TT-PAGE-B/occupations/4540205/ELEMENTARY/delete").with(INSPECTOR).with(csrf()))
                .andExpect(flash().attribute("message", "institution.occupation.removed"));
        assertThat(institutions.occupations("TT-PAGE-B")).isEmpty();
    }
}
