package vn.vetflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.identity.Roles;
import vn.vetflow.support.VetflowTest;

/**
 * The menu fits a 1366px screen: inspection pages are grouped under one "Kiểm tra" dropdown, personal
 * links (settings, test mailbox, API documentation, log out) under the user's name.
 */
@VetflowTest
class NavigationMenuTest {

    @Autowired MockMvc mvc;
    @Autowired vn.vetflow.support.TestUsers users;
    @Autowired vn.vetflow.identity.Officers officers;

    @Test
    void anAdministratorFindsTheInspectionPagesUnderOneDropdown() throws Exception {
        Document page = home(user("nav-admin").roles(Roles.ADMIN));
        assertThat(page.select("#vf-nav-inspection").text()).isEqualTo("Kiểm tra");
        assertThat(page.select("[aria-labelledby=vf-nav-inspection] a").eachAttr("href")).containsExactly(
                "/institutions", "/inspection-plans", "/institution-changes", "/workspace/inspections",
                "/inspections/paper");
        assertThat(page.select("[aria-labelledby=vf-nav-account] a").eachAttr("href"))
                .contains("/workspace/settings", "/swagger-ui.html");
        assertThat(page.select("[aria-labelledby=vf-nav-account] form[action=/logout] button").text())
                .isEqualTo("Đăng xuất");
    }

    @Test
    void eachRoleSeesOnlyTheInspectionPagesItMayOpen() throws Exception {
        Document supervisor = home(user("nav-supervisor").roles(Roles.SUPERVISOR));
        assertThat(supervisor.select("[aria-labelledby=vf-nav-inspection] a").eachAttr("href"))
                .containsExactly("/institutions", "/inspection-plans", "/inspections/paper");
        Document inspector = home(user("nav-inspector").roles(Roles.INSPECTOR, "kiemtra"));
        assertThat(inspector.select("[aria-labelledby=vf-nav-inspection] a").eachAttr("href"))
                .containsExactly("/institutions", "/inspection-plans", "/institution-changes", "/workspace/inspections");
        Document institution = home(user("nav-institution").roles(Roles.INSTITUTION));
        assertThat(institution.getElementById("vf-nav-inspection")).isNull();
        assertThat(institution.select("#vf-nav a.nav-link").eachAttr("href")).contains("/institutions", "/my/inspections");
        assertThat(institution.select("[aria-labelledby=vf-nav-account] a").eachAttr("href"))
                .doesNotContain("/workspace/settings");
    }

    @Test
    void anEnglishPageLabelsTheGroupInEnglish() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/").param("lang", "en").with(user("nav-leader")
                .roles(Roles.LEADER, "kiemtra"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#vf-nav-inspection").text()).isEqualTo("Inspection");
    }

    private Document home(RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void theAccountMenuShowsTheSignedInPersonsFullNameNotTheLogin() throws Exception {
        users.ensure("navnamed", "pw", Roles.RECEPTION, java.util.List.of());
        String fullName = officers.fullName("navnamed");
        assertThat(fullName).isNotEqualTo("navnamed");
        Document page = home(user("navnamed").roles(Roles.RECEPTION));
        assertThat(page.select("#vf-nav-account").text()).isEqualTo(fullName);
    }
}
