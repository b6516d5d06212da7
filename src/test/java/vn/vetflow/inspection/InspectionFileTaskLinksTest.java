package vn.vetflow.inspection;

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

/** The inspection file links only the open steps the viewer may work; the others would answer 403. */
@VetflowTest
class InspectionFileTaskLinksTest {

    @Autowired MockMvc mvc;
    @Autowired InspectionTestSupport support;

    @Test
    void aLeaderSeesTheInspectorsStepWithoutALinkAndTheInspectorGetsOne() throws Exception {
        support.ensure();
        String code = support.start();
        String taskId = support.task(code, "Task_DraftDecision").getId();
        RequestPostProcessor inspector = user("ktinspector").roles(Roles.INSPECTOR, "kiemtra");
        RequestPostProcessor leader = user("ktleader").roles(Roles.LEADER, "kiemtra");

        Document asInspector = page("/workspace/inspections/" + code, inspector);
        assertThat(asInspector.select("#tasks-title + * a, section[aria-labelledby=tasks-title] a").eachAttr("href"))
                .contains("/workspace/inspections/tasks/" + taskId);

        Document asLeader = page("/workspace/inspections/" + code, leader);
        assertThat(asLeader.select("section[aria-labelledby=tasks-title]").text()).contains("Dự thảo quyết định kiểm tra");
        assertThat(asLeader.select("section[aria-labelledby=tasks-title] a").eachAttr("href"))
                .doesNotContain("/workspace/inspections/tasks/" + taskId);
        mvc.perform(get("/workspace/inspections/tasks/{id}", taskId).with(leader)).andExpect(status().isForbidden());
    }

    private Document page(String url, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
