package vn.vetflow.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/**
 * An institution proposes changes to its own particulars; nothing public changes until an inspector or an
 * administrator approves; a rejection keeps the old particulars and tells why.
 */
@VetflowTest
class ParticularsChangesTest {

    @Autowired MockMvc mvc;
    @Autowired Institutions institutions;
    @Autowired NetworkMap network;
    @Autowired ParticularsChanges changes;
    @Autowired TestUsers users;

    private static final RequestPostProcessor INSPECTOR = user("pckiemtra").roles(Roles.INSPECTOR);
    private static final RequestPostProcessor ADMIN = user("pcadmin").roles(Roles.ADMIN);
    private static final RequestPostProcessor LEADER = user("pclanhdao").roles(Roles.LEADER);
    private static final RequestPostProcessor APPLICANT = user("pccongdan").roles(Roles.APPLICANT);

    @BeforeEach
    void register() {
        users.ensure("pcstaffa", "pw", Roles.INSTITUTION);
        users.ensure("pcstaffb", "pw", Roles.INSTITUTION);
        users.ensure("pckiemtra", "pw", Roles.INSPECTOR);
        for (String code : List.of("TC-PC-A", "TC-PC-B", "TC-PC-C", "TC-PC-D")) {
            if (institutions.byCode(code).isEmpty()) {
                institutions.create(new InstitutionSummary(code, "Trường Trung cấp " + code, InstitutionType.INTERMEDIATE,
                        "Địa chỉ cũ " + code, "Phường Cũ", "0216 3000 000", "cu@example.vn", null, "Người Cũ", null));
            }
        }
        institutions.link("pcstaffa", "TC-PC-A", "Cán bộ");
        institutions.link("pcstaffb", "TC-PC-B", "Cán bộ");
    }

    private static MockHttpServletRequestBuilder proposal(String address, String latitude, String longitude) {
        return post("/my/institution").with(csrf()).param("address", address).param("district", "Phường Mới")
                .param("phone", "0216 3999 111").param("email", "moi@example.vn").param("website", "https://moi.example.vn")
                .param("principal", "Người Mới").param("latitude", latitude).param("longitude", longitude);
    }

    @Test
    void aProposalChangesNothingUntilApprovedThenTheRegisterAndTheMapTakeIt() throws Exception {
        RequestPostProcessor staff = user("pcstaffa").roles(Roles.INSTITUTION);
        mvc.perform(get("/my/institution").with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Địa chỉ cũ TC-PC-A")));
        mvc.perform(proposal("Số 9 đường Mới", "21,7229", "104.9113").with(staff))
                .andExpect(redirectedUrl("/my/institution"));
        assertThat(institutions.byCode("TC-PC-A").orElseThrow().address()).isEqualTo("Địa chỉ cũ TC-PC-A");
        assertThat(network.place("TC-PC-A")).isEmpty();
        mvc.perform(get("/my/institution").with(staff))
                .andExpect(content().string(containsString("đang chờ Sở phê duyệt")))
                .andExpect(content().string(not(containsString("id=\"particulars\""))));
        // A second proposal while one waits is refused, and what was typed stays in the form.
        mvc.perform(proposal("Số 10 đường Khác", "", "").with(staff)).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("đã có một đề nghị đang chờ")));

        long id = changes.pending("TC-PC-A").orElseThrow().id();
        mvc.perform(get("/institution-changes").with(INSPECTOR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường Trung cấp TC-PC-A")))
                .andExpect(content().string(containsString("Số 9 đường Mới")))
                .andExpect(content().string(containsString("21.7229")));
        mvc.perform(post("/institution-changes/" + id + "/approve").with(csrf()).with(INSPECTOR))
                .andExpect(redirectedUrl("/institution-changes"));
        InstitutionSummary now = institutions.byCode("TC-PC-A").orElseThrow();
        assertThat(now.address()).isEqualTo("Số 9 đường Mới");
        assertThat(now.principal()).isEqualTo("Người Mới");
        assertThat(now.name()).isEqualTo("Trường Trung cấp TC-PC-A");
        NetworkMap.Place place = network.place("TC-PC-A").orElseThrow();
        assertThat(place.latitude()).isEqualByComparingTo(new BigDecimal("21.7229"));
        assertThat(place.website()).isEqualTo("https://moi.example.vn");
        assertThat(place.approximate()).isFalse();
        // A second click on the decided proposal is a conflict, not a second update.
        mvc.perform(post("/institution-changes/" + id + "/approve").with(csrf()).with(ADMIN))
                .andExpect(status().isConflict());
        mvc.perform(get("/network").param("district", "Phường Mới"))
                .andExpect(content().string(containsString("Số 9 đường Mới")));
    }

    @Test
    void aRejectionNeedsAReasonKeepsTheOldParticularsAndIsShownToTheInstitution() throws Exception {
        RequestPostProcessor staff = user("pcstaffb").roles(Roles.INSTITUTION);
        mvc.perform(proposal("Số 1 đường Sai", "21.5", "104.5").with(staff)).andExpect(redirectedUrl("/my/institution"));
        long id = changes.pending("TC-PC-B").orElseThrow().id();
        mvc.perform(post("/institution-changes/" + id + "/reject").with(csrf()).with(ADMIN).param("reason", " "))
                .andExpect(redirectedUrl("/institution-changes#change-" + id));
        assertThat(changes.pending("TC-PC-B")).isPresent();
        mvc.perform(post("/institution-changes/" + id + "/reject").with(csrf()).with(ADMIN)
                .param("reason", "Địa chỉ không khớp giấy phép")).andExpect(redirectedUrl("/institution-changes"));
        assertThat(institutions.byCode("TC-PC-B").orElseThrow().address()).isEqualTo("Địa chỉ cũ TC-PC-B");
        mvc.perform(get("/my/institution").with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lý do: Địa chỉ không khớp giấy phép")))
                .andExpect(content().string(containsString("id=\"particulars\"")));
    }

    @Test
    void badInputIsExplainedAndKeptAsTyped() throws Exception {
        RequestPostProcessor staff = user("pcstaffa").roles(Roles.INSTITUTION);
        String page = mvc.perform(post("/my/institution").with(csrf()).with(staff).param("address", "")
                        .param("district", "Phường Gõ").param("website", "javascript:alert(1)").param("latitude", "48.85")
                        .param("longitude", "2.35").param("email", "khong-phai-thu"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vui lòng nhập địa chỉ.", "phải bắt đầu bằng http:// hoặc https://",
                "ngoài lãnh thổ Việt Nam", "Phường Gõ", "value=\"48.85\"", "aria-invalid=\"true\"");
        mvc.perform(post("/my/institution").with(csrf()).with(staff).param("address", "Số 1").param("district", "P")
                .param("latitude", "21.5").param("longitude", "")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("cả vĩ độ và kinh độ")));
        assertThat(changes.of("TC-PC-A")).allMatch(c -> c.status() != ParticularsChange.Status.PENDING
                || !c.address().equals("Số 1"));
    }

    @Test
    void onlyAnInstitutionsStaffProposeAndOnlyInspectorsAndAdministratorsDecide() throws Exception {
        mvc.perform(get("/my/institution").with(APPLICANT)).andExpect(status().isForbidden());
        mvc.perform(get("/my/institution").with(INSPECTOR)).andExpect(status().isForbidden());
        // An institution account not linked to any institution has nothing to change.
        users.ensure("pcstaffx", "pw", Roles.INSTITUTION);
        mvc.perform(get("/my/institution").with(user("pcstaffx").roles(Roles.INSTITUTION))).andExpect(status().isForbidden());
        mvc.perform(get("/my/institution")).andExpect(status().is3xxRedirection());

        long id = changes.propose("TC-PC-C", "pcstaffa", new ParticularsForm("Số 3", "Phường C", "", "", "", "", "", ""));
        for (RequestPostProcessor outsider : List.of(LEADER, APPLICANT, user("pcstaffa").roles(Roles.INSTITUTION))) {
            mvc.perform(get("/institution-changes").with(outsider)).andExpect(status().isForbidden());
            mvc.perform(post("/institution-changes/" + id + "/approve").with(csrf()).with(outsider))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/institution-changes/999999/approve").with(csrf()).with(ADMIN)).andExpect(status().isNotFound());
        assertThat(changes.pending("TC-PC-C")).isPresent();
    }

    @Test
    void approvingAProposalWithoutAPlaceKeepsTheInstitutionWhereItWas() {
        network.place("TC-PC-D", new NetworkMap.Place(new BigDecimal("22.1"), new BigDecimal("104.1"), null, true));
        long id = changes.propose("TC-PC-D", "pcstaffa",
                new ParticularsForm("Số 4", "Phường D", "", "", "https://d.example.vn", "", "", ""));
        changes.approve(id, "pcadmin");
        NetworkMap.Place place = network.place("TC-PC-D").orElseThrow();
        assertThat(place.latitude()).isEqualByComparingTo("22.1");
        assertThat(place.approximate()).isTrue();
        assertThat(place.website()).isEqualTo("https://d.example.vn");
    }
}
